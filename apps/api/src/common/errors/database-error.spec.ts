import { databaseErrorCode } from './database-error.js';

describe('databaseErrorCode', () => {
  it('tells a timeout from an unreachable database, through TypeORM wrappers', () => {
    expect(databaseErrorCode({ message: 'x', driverError: { code: '57014' } })).toBe(
      'DATABASE_TIMEOUT',
    );
    expect(databaseErrorCode(new Error('Query read timeout'))).toBe('DATABASE_TIMEOUT');
    expect(databaseErrorCode({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' })).toBe(
      'DATABASE_UNAVAILABLE',
    );
    expect(databaseErrorCode({ code: '57P01', message: 'terminating connection' })).toBe(
      'DATABASE_UNAVAILABLE',
    );
    expect(databaseErrorCode(new Error('timeout exceeded when trying to connect'))).toBe(
      'DATABASE_UNAVAILABLE',
    );
  });

  it('leaves other errors alone (they stay internal)', () => {
    expect(databaseErrorCode({ code: '23505', message: 'duplicate key' })).toBeUndefined();
    expect(databaseErrorCode(new TypeError('x is undefined'))).toBeUndefined();
    expect(databaseErrorCode(undefined)).toBeUndefined();
  });
});
