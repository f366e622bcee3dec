/** Shared shapes of the importer: what one source file is, and what became of it. */

/** A warning about one file: the key it concerns (as written in the legacy file), and what happened. */
export interface Note {
  key?: string;
  message: string;
}

/** A legacy Markdown file as read from the source folder. */
export interface SourceFile {
  /** Path shown in the report, e.g. `_cap-goal-page/cx.md`. */
  path: string;
  /** The folder it came from said what it is; the layout key decides when present. */
  folderKind: 'goal' | 'post' | undefined;
  /** Strict UTF-8, BOM removed, LF line ends. */
  text: string;
  /** Why the file could not be read (then `text` is empty). */
  problem?: string;
}
