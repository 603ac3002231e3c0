import { runMigrationsOneAtATime } from '../database/run-migrations.js';
import { createInterface } from 'node:readline/promises';
import { loadConfig } from '../config/config.schema.js';
import { runCli, withConfiguredDatabase } from './cli-support.js';
import { recordAudit } from '../common/audit/audit-log.js';
import { AccountsService, passwordProblem } from '../modules/accounts/index.js';

// `npm run admin:create -- <email>`: creates the first (or another) ADMIN account. The password
// comes from ADMIN_PASSWORD or is asked for on the terminal; there is never a default password.
async function main(): Promise<void> {
  const email = process.argv[2];
  if (!email) throw new Error('Gebruik (usage): npm run admin:create -- <email>');
  const config = loadConfig();
  const password =
    process.env.ADMIN_PASSWORD || (await ask(`Wachtwoord (password) voor ${email}: `));
  const problem = passwordProblem(password, { email });
  if (problem) throw new Error(`Wachtwoord (password): ${problem}`);
  await withConfiguredDatabase(config, async (db) => {
    await runMigrationsOneAtATime(db);
    const accounts = new AccountsService(db.dataSource, config);
    await db.dataSource.transaction(async (tx) => {
      const row = await accounts.insertAccount(tx, { email, role: 'ADMIN', password });
      await recordAudit(tx, null, 'ACCOUNT', row.id, 'CREATE_ADMIN_CLI', { email: row.email });
    });
    console.log(`Beheerder ${email} aangemaakt (administrator created).`);
  });
}

async function ask(question: string): Promise<string> {
  if (!process.stdin.isTTY)
    throw new Error(
      'Zet ADMIN_PASSWORD of start vanaf een terminal (set ADMIN_PASSWORD or run from a terminal)',
    );
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}

runCli(main);
