// Prints one plain closing line ("tests: N passed, N failed, N skipped") that any CI reader
// understands, after Jest's own summary, and names every skipped test: Jest's default reporter
// hides the output of a file whose tests were all skipped, so a skip would otherwise go unseen.
export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = results;
    const skipped = [];
    for (const file of results.testResults) {
      for (const t of file.testResults) {
        if (t.status === 'pending' || t.status === 'todo' || t.status === 'skipped') {
          skipped.push(`  skipped: ${t.fullName}`);
        }
      }
    }
    process.stdout.write(
      `\ntests: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped\n` +
        (skipped.length > 0 ? `${skipped.join('\n')}\n` : ''),
    );
  }
}
