// Measures parseLedgerFile on 100,000 canonical rows (23 columns, 5,000 customers):
//   npx tsx test/shared/import/measureLargeImport.ts
// Not a test: timings depend on the machine. Prints wall and CPU time per run.
import { parseLedgerFile } from '../../../shared/import';

const HEADER =
  'customer_code,customer_name,uscc,tier,credit_limit,credit_currency,owner,email_domains,time_zone,crm_ids,contact_name,contact_email,contact_phone,invoice_number,kind,issue_date,due_date,currency,amount,open_amount,paid_date,disputed,note';
const lines = [HEADER];
for (let i = 0; i < 100_000; i++) {
  const c = i % 5000;
  const day = 1 + (i % 28);
  lines.push(
    `C${c},客户${c}有限公司,,${'ABCD'[c % 4]},500000,CNY,业务员${c % 30},c${c}.com.cn,Asia/Shanghai,salesforce:001xx0000${String(c).padStart(6, '0')}AAA,联系人${c},ap${c}@c${c}.com.cn,1380000${c},INV-${i},invoice,2025-08-${String(day).padStart(2, '0')},2025/9/${day},CNY,"${(i * 37) % 100_000 + 1}.${i % 100}",0.5,,no,备注${i}`,
  );
}
const bytes = new TextEncoder().encode(lines.join('\n'));
for (let run = 0; run < 3; run++) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const r = parseLedgerFile(bytes, 'large.csv');
  const used = process.cpuUsage(cpu);
  console.log(
    `${(bytes.length / 1e6).toFixed(1)} MB, ${r.stats.imported} rows imported, ${r.issues.length} issues: ` +
      `${Math.round(performance.now() - start)} ms wall, ${Math.round((used.user + used.system) / 1000)} ms CPU`,
  );
}
