import { describe, expect, it } from 'vitest';
import { main, type CliIo } from '../main';
import { CLI_ELIGIBILITY_EXAMPLE } from '../../../test/fixtures/cliExamples';

function runCli(argv: string[], stdin = '') {
  let out = '';
  const io: CliIo = {
    readStdin: () => stdin,
    readFile: () => {
      throw new Error('no files in this test');
    },
    stdout: (t) => void (out += t),
    stderr: () => undefined,
  };
  const status = main(argv, io);
  return { status, out, json: () => JSON.parse(out) };
}

/** The CLI.md example. */
const EXAMPLE = CLI_ELIGIBILITY_EXAMPLE;
const withBirth = (birthDate: string) => ({
  ...EXAMPLE,
  applicant: { ...EXAMPLE.applicant, birthDate },
});

describe('account-policy eligibility', () => {
  it('answers { eligible, reasons, conditions } with exit 0', () => {
    const r = runCli(['eligibility'], JSON.stringify(withBirth('1949-12-31')));
    expect(r.status).toBe(0);
    expect(r.json()).toEqual({ eligible: true, reasons: [], conditions: [] });
  });

  it('the literal CLI.md example is eligible, with the birth date to verify at opening', () => {
    const r = runCli(['eligibility'], JSON.stringify(EXAMPLE));
    expect(r.status).toBe(0);
    expect(r.json().eligible).toBe(true);
    expect(r.json().reasons).toEqual([]);
    expect(r.json().conditions).toContainEqual(
      expect.objectContaining({
        code: 'verify_birth_date',
        documentBirthDate: '1949-12-31',
        declaredBirthDate: '1990-05-01',
      }),
    );
  });

  it('a second Class I, remotely: every reason, in the chosen language', () => {
    const input = { ...withBirth('1949-12-31'), requestedClass: 'I' };
    const r = runCli(['eligibility', '--lang', 'zh-CN'], JSON.stringify(input));
    expect(r.status).toBe(0);
    const out = r.json();
    expect(out.eligible).toBe(false);
    expect(out.reasons.map((x: { code: string }) => x.code)).toEqual([
      'face_to_face_required',
      'class_limit_reached',
    ]);
    expect(out.reasons[1].message).toBe('申请人在本行已持有1个Ⅰ类户，最多允许1个。');
    expect(out.reasons[1].fix).toMatchObject({
      code: 'choose_another_class',
      classes: ['II', 'III'],
    });
  });

  it('the --preset flag wins over the input', () => {
    const input = { ...withBirth('1949-12-31'), requestedClass: 'basic', existingAccounts: [] };
    expect(
      runCli(['eligibility', '--preset', 'tiered-generic'], JSON.stringify(input)).json().eligible,
    ).toBe(true);
    const r = runCli(['eligibility'], JSON.stringify(input));
    expect(r.status).toBe(2);
    expect(r.json().error.issues[0].path).toEqual(['requestedClass']);
  });

  it('invalid input exits 2 with every issue and its path', () => {
    const input = {
      ...EXAMPLE,
      today: '2026-02-30',
      channel: 'atm',
      applicant: {
        ...EXAMPLE.applicant,
        document: { type: 'id', number: 110105 },
        verifications: ['retina'],
      },
    };
    const r = runCli(['eligibility'], JSON.stringify(input));
    expect(r.status).toBe(2);
    const error = r.json().error;
    expect(error.code).toBe('invalid_input');
    expect(error.issues.map((i: { path: unknown[] }) => i.path)).toEqual([
      ['today'],
      ['channel'],
      ['applicant', 'document', 'type'],
      ['applicant', 'document', 'number'],
      ['applicant', 'verifications', 0],
    ]);
  });

  it('a birth date after today is invalid input', () => {
    const r = runCli(['eligibility'], JSON.stringify(withBirth('2026-11-23')));
    expect(r.status).toBe(2);
    expect(r.json().error.issues[0].path).toEqual(['applicant', 'birthDate']);
  });
});

describe('account-policy eligibility --trace', () => {
  const ineligible = { ...withBirth('1949-12-31'), requestedClass: 'I' };
  for (const lang of ['en', 'zh-CN'] as const) {
    it(`an eligible applicant (${lang}): every rule passed or not applicable, with a sentence`, () => {
      const input = JSON.stringify(withBirth('1949-12-31'));
      const plain = runCli(['eligibility', '--lang', lang], input).json();
      const r = runCli(['eligibility', '--trace', '--lang', lang], input);
      expect(r.status).toBe(0);
      const { trace, ...rest } = r.json();
      expect(rest).toEqual(plain);
      expect(trace.length).toBe(12);
      for (const e of trace) {
        expect(Object.keys(e).sort()).toEqual(['message', 'outcome', 'rule', 'source', 'values']);
        expect(['passed', 'not_applicable']).toContain(e.outcome);
        expect(e.message).not.toMatch(/\{\w+\}/);
        if (lang === 'zh-CN') expect(e.message).toMatch(/[\u4e00-\u9fff]/);
      }
      expect(trace[1]).toMatchObject({ rule: 'kyc.age.minimumAge', outcome: 'passed' });
      expect(trace[1].values).toEqual({ age: 76, minimumAge: 16 });
    });

    it(`an ineligible applicant (${lang}): each reason is a failed entry with its rule and message`, () => {
      const input = JSON.stringify(ineligible);
      const plain = runCli(['eligibility', '--lang', lang], input).json();
      const r = runCli(['eligibility', '--trace', '--lang', lang], input);
      expect(r.status).toBe(0);
      const { trace, ...rest } = r.json();
      expect(rest).toEqual(plain);
      const failed = trace.filter((e: { outcome: string }) => e.outcome === 'failed');
      expect(failed.map((e: { rule: string }) => e.rule)).toEqual(
        plain.reasons.map((x: { rule: string }) => x.rule),
      );
      expect(failed.map((e: { message: string }) => e.message)).toEqual(
        plain.reasons.map((x: { message: string }) => x.message),
      );
    });
  }

  it('without --trace the output has no trace key', () => {
    const r = runCli(['eligibility'], JSON.stringify(ineligible));
    expect(Object.keys(r.json()).sort()).toEqual(['conditions', 'eligible', 'reasons']);
  });
});
