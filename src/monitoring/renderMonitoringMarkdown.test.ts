import { describe, expect, it } from 'vitest';
import { ALERT_CODES } from '../presets/types/monitoring';
import { PBOC, TIERED, withMonitoring } from './fixtures.testkit';
import { renderMonitoringMarkdown } from './renderMonitoringMarkdown';

describe('renderMonitoringMarkdown', () => {
  it('lists every alert code with its threshold, severity and source (en)', () => {
    const md = renderMonitoringMarkdown(TIERED, 'en');
    expect(md.startsWith('## Monitoring red flags\n')).toBe(true);
    expect(md.endsWith('\n')).toBe(true);
    for (const code of ALERT_CODES) expect(md).toContain(`| \`${code}\` |`);
    expect(md).toContain(
      '| `rapid_in_out` | within 24 hours (rolling), inflows of at least 5,000.00 CNY in total go out again, leaving at most 10% of them | high | common bank practice, configurable |',
    );
    expect(md).toContain(
      '| `large_transaction` | a single amount above the threshold of the class (see below) | medium | 《账户分层分级管理办法》 (bank internal policy) |',
    );
    expect(md).toContain(
      '| Intermediate tier (`intermediate`) | 30,000.00 CNY (`tiering.reviewThreshold`) | 《账户分层分级管理办法》 (bank internal policy) |',
    );
    expect(md).toMatch(
      /\| Advanced tier \(`advanced`\) \| none \| 《账户分层分级管理办法》 \(bank internal policy\) — /,
    );
    expect(md).toContain(
      'non-counter transfers per day needing a digital certificate (50,000.00 CNY)',
    );
    expect(md).toContain('— 银发〔2016〕261号');
    expect(md).toContain('night hours are local time in Asia/Shanghai');
    expect(md).toContain('- `dormant_account_activity` — Note: 《银行个人账户培训》');
  });

  it('states what bank postings do on a dormant account, and the bounds of one call', () => {
    const en = renderMonitoringMarkdown(PBOC, 'en');
    expect(en).toContain(
      '- `dormant_account_activity` — Bank postings (interest, fees) on a dormant account (`ignore`): not activity: they do not end dormancy and raise no alert',
    );
    expect(en).toContain('"不包括银行自动结息、收费等被动交易"');
    expect(en).toContain('One call returns at most 100 alerts of each code');
    const zh = renderMonitoringMarkdown(PBOC, 'zh-CN');
    expect(zh).toContain(
      '休眠账户上的银行记账（结息、扣费） (`ignore`): 不属主动交易：不结束休眠，也不触发预警',
    );
    expect(zh).toContain('每次调用每种预警至多返回100条');
    const alerting = withMonitoring(PBOC, {
      dormantAccountActivity: {
        ...PBOC.monitoring.dormantAccountActivity,
        bankPostings: { onDormantAccount: 'alert', source: 'bank-practice' },
      },
    });
    expect(renderMonitoringMarkdown(alerting)).toContain(
      '(`alert`): not activity: they do not end dormancy, but they raise the alert — common bank practice, configurable',
    );
  });

  it('renders Chinese with zh-CN, English for anything else', () => {
    const zh = renderMonitoringMarkdown(PBOC, 'zh-CN');
    expect(zh.startsWith('## 交易监测预警\n')).toBe(true);
    expect(zh).toContain('| Ⅰ类户 (`I`) | 50,000.00 CNY | 银行通行做法 — 供人工审核的预警');
    expect(zh).toContain('一夜之内当地时间00:00至05:00发生3笔及以上交易');
    expect(renderMonitoringMarkdown(PBOC, 'fr' as never)).toBe(renderMonitoringMarkdown(PBOC));
  });

  it('shows amount targets of the preset’s own and literal thresholds', () => {
    const preset = withMonitoring(PBOC, {
      structuring: {
        ...PBOC.monitoring.structuring,
        watch: [
          {
            kind: 'amount',
            id: 'cashReport',
            title: { en: 'Cash reporting threshold', 'zh-CN': '现金报告金额' },
            amount: { amount: '50000.00', currency: 'CNY' },
            matchers: [{ kinds: ['deposit_cash', 'withdraw_cash'] }],
            source: 'bank-practice',
          },
        ],
      },
    });
    expect(renderMonitoringMarkdown(preset)).toContain(
      '- Cash reporting threshold (`cashReport`, 50,000.00 CNY): deposit_cash, withdraw_cash (any counterparty) — common bank practice, configurable',
    );
  });

  it('shows what it can of thresholds that monitoringIssues would report', () => {
    const odd = withMonitoring(PBOC, {
      largeTransaction: {
        ...PBOC.monitoring.largeTransaction,
        thresholds: [{ class: 'IV', above: 'tiering.reviewThreshold', source: 'tiering-measures' }],
      },
    });
    expect(renderMonitoringMarkdown(odd)).toContain(
      '| IV (`IV`) | `tiering.reviewThreshold` | 《账户分层分级管理办法》 (bank internal policy) |',
    );
  });
});
