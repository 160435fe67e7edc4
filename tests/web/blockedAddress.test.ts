import { describe, expect, it } from 'vitest';
import { blockedAddressReason } from '../../src/web/blockedAddress.js';

describe('blockedAddressReason', () => {
  it.each([
    '127.0.0.1',
    '127.255.0.9',
    '10.0.0.1',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.0.1',
    '100.64.0.1',
    '100.127.255.255',
    '169.254.169.254',
    '0.0.0.0',
    '255.255.255.255',
    '224.0.0.1',
    '::',
    '::1',
    'fe80::1',
    'fc00::1',
    'fd00:ec2::254',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
    '::127.0.0.1',
    '64:ff9b::a9fe:a9fe',
    '2002:c0a8:0101::1',
  ])('refuses %s', (address) => {
    expect(blockedAddressReason(address)).toMatch(/is not a public address/);
  });

  it.each([
    '93.184.216.34',
    '8.8.8.8',
    '100.63.255.255',
    '100.128.0.1',
    '172.32.0.1',
    '2606:4700:4700::1111',
    '::ffff:93.184.216.34',
    '64:ff9b::808:808',
  ])('allows the public address %s', (address) => {
    expect(blockedAddressReason(address)).toBeUndefined();
  });

  it('says which IPv4 address an IPv4-mapped IPv6 address stands for', () => {
    expect(blockedAddressReason('::ffff:a9fe:a9fe')).toBe(
      '::ffff:a9fe:a9fe is not a public address (it stands for 169.254.169.254)',
    );
  });
});
