import { Oracle } from "../../oracle/oracle.ts";
const o = await (await Oracle.get()).ready();
for (const expr of process.argv.slice(2)) console.log(expr, "=>", o.eval(expr));
