/** The furniture settings in site-config: defaults, environment overrides, and one clear error for a wrong value. */
import { afterEach, describe, expect, it, vi } from 'vitest';

const load = async () => {
  vi.resetModules();
  return import('../../src/site-config.ts');
};

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('furniture settings', () => {
  it('take their values from CAP_* variables', async () => {
    vi.stubEnv('CAP_FEEDBACK_URL', 'https://forms.agency.gov/feedback');
    vi.stubEnv('CAP_CONTACT_URL', 'mailto:help@agency.gov');
    vi.stubEnv('CAP_SECTION_508_CONTACT', 'mailto:508@agency.gov');
    vi.stubEnv('CAP_ACCESSIBILITY_REVIEWED', '2026-10-31');
    vi.stubEnv('CAP_PRIVACY_POLICY_URL', 'https://agency.gov/privacy');
    vi.stubEnv('CAP_VULNERABILITY_DISCLOSURE_URL', 'https://agency.gov/vdp');
    const config = await load();
    expect([
      config.feedbackUrl,
      config.contactUrl,
      config.section508Contact,
      config.accessibilityReviewed,
      config.privacyPolicyUrl,
      config.vulnerabilityDisclosureUrl,
    ]).toEqual([
      'https://forms.agency.gov/feedback',
      'mailto:help@agency.gov',
      'mailto:508@agency.gov',
      '2026-10-31',
      'https://agency.gov/privacy',
      'https://agency.gov/vdp',
    ]);
  });

  it('stop with one line naming the setting when a value is not an allowed address or day', async () => {
    vi.stubEnv('CAP_FEEDBACK_URL', 'javascript:alert(1)');
    await expect(load()).rejects.toThrow('CAP_FEEDBACK_URL must be an https or mailto address, not "javascript:alert(1)".');
    vi.stubEnv('CAP_FEEDBACK_URL', '');
    vi.stubEnv('CAP_VULNERABILITY_DISCLOSURE_URL', 'mailto:vdp@agency.gov');
    await expect(load()).rejects.toThrow('CAP_VULNERABILITY_DISCLOSURE_URL must be an https address');
    vi.stubEnv('CAP_VULNERABILITY_DISCLOSURE_URL', '');
    vi.stubEnv('CAP_ACCESSIBILITY_REVIEWED', '2026-02-30');
    await expect(load()).rejects.toThrow('CAP_ACCESSIBILITY_REVIEWED must be a day written YYYY-MM-DD, not "2026-02-30".');
  });

  it('refuse a web address with credentials or without a host, and a mailto: without an address', async () => {
    for (const value of ['https://user:pw@agency.gov/', 'mailto:', 'http://agency.gov/form']) {
      vi.stubEnv('CAP_CONTACT_URL', value);
      await expect(load(), value).rejects.toThrow(/^CAP_CONTACT_URL must be/);
    }
  });
});
