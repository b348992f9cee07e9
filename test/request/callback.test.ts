import { describe, expect, it } from 'vitest';
import { classifyHost } from '../../src/rules/request/index.js';
import { base, check, only } from './helpers.js';
import { EVOLINK_API } from '../../src/profiles/documents.js';

const cb = (url: string) => only(check({ ...base, callback_url: url }), 'request.callback_url');
const reasons = (url: string) => cb(url).map((f) => f.args.reason);

describe('request.callback_url (002)', () => {
  it('a public https URL is fine', () => {
    expect(cb('https://your-domain.com/webhooks/video-task-completed')).toEqual([]);
    expect(cb('https://93.184.216.34/cb')).toEqual([]);
    expect(cb('https://[2606:4700::1111]/cb')).toEqual([]);
  });

  it('2048 characters is fine, 2049 is an error', () => {
    const at = (n: number) => {
      const head = 'https://example.com/';
      return head + 'a'.repeat(n - head.length);
    };
    expect(at(2048)).toHaveLength(2048);
    expect(cb(at(2048))).toEqual([]);
    const [f] = cb(at(2049));
    expect(f).toMatchObject({ severity: 'error', args: { reason: 'too_long', actual: 2049, limit: 2048, source: EVOLINK_API } });
  });

  it('http is an error', () => {
    expect(cb('http://example.com/cb')[0].args).toMatchObject({ reason: 'not_https', actual: 'http', limit: 'https' });
  });

  it('not a URL is an error', () => {
    expect(reasons('example.com/cb')).toEqual(['invalid']);
    expect(reasons('')).toEqual(['invalid']);
  });

  it.each([
    ['https://127.0.0.1/cb', 'loopback'],
    ['https://127.8.9.10/cb', 'loopback'],
    ['https://localhost/cb', 'local_name'],
    ['https://LOCALHOST./cb', 'local_name'],
    ['https://api.localhost/cb', 'local_name'],
    ['https://printer.local/cb', 'local_name'],
    ['https://10.1.2.3/cb', 'private'],
    ['https://172.16.0.1/cb', 'private'],
    ['https://172.31.255.255/cb', 'private'],
    ['https://192.168.1.1/cb', 'private'],
    ['https://169.254.169.254/latest/meta-data', 'link_local'],
    ['https://0.0.0.0/cb', 'unspecified'],
    ['https://100.64.0.1/cb', 'shared'],
    ['https://2130706433/cb', 'loopback'],
    ['http://2130706433', 'loopback'],
    ['https://0x7f000001/cb', 'loopback'],
    ['https://0x7f.1/cb', 'loopback'],
    ['https://017700000001/cb', 'loopback'],
    ['https://127.1/cb', 'loopback'],
    ['https://3232235777/cb', 'private'],
    ['https://[::1]/cb', 'loopback'],
    ['https://[0:0:0:0:0:0:0:1]/cb', 'loopback'],
    ['https://[::]/cb', 'unspecified'],
    ['https://[fe80::1]/cb', 'link_local'],
    ['https://[fc00::1]/cb', 'unique_local'],
    ['https://[fd12:3456:789a::1]/cb', 'unique_local'],
    ['https://[::ffff:127.0.0.1]/cb', 'loopback'],
    ['https://[::ffff:192.168.0.1]/cb', 'private'],
    ['https://[64:ff9b::a00:1]/cb', 'private'],
  ])('%s is a private host (%s)', (url, hostClass) => {
    const f = cb(url).find((x) => x.args.reason === 'private_host');
    expect(f).toMatchObject({ severity: 'error', args: { hostClass } });
  });

  it('172.15.x and 172.32.x are public', () => {
    expect(cb('https://172.15.0.1/cb')).toEqual([]);
    expect(cb('https://172.32.0.1/cb')).toEqual([]);
  });

  it('a single-label host is a warning', () => {
    const [f] = cb('https://intranet-box/cb');
    expect(f).toMatchObject({ severity: 'warning', args: { reason: 'unqualified_host', hostClass: 'single_label' } });
  });

  it('every broken condition is its own finding', () => {
    expect(reasons('http://127.0.0.1/' + 'a'.repeat(2100)).sort()).toEqual(['not_https', 'private_host', 'too_long']);
  });

  it('aigptimage has no callback_url: it is an unknown field there', () => {
    const fs = check({ model: base.model, input: { prompt: 'x', callback_url: 'http://127.0.0.1' } });
    expect(only(fs, 'request.callback_url')).toEqual([]);
    expect(only(fs, 'request.unknown_field')[0].args).toMatchObject({ path: '$.input.callback_url' });
  });
});

describe('classifyHost', () => {
  it('public names and addresses are null', () => {
    expect(classifyHost('example.com')).toBeNull();
    expect(classifyHost('8.8.8.8')).toBeNull();
    expect(classifyHost('[2001:4860:4860::8888]')).toBeNull();
  });
});
