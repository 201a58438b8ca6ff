// `enroll sandbox-carrier`: the carrier simulator on folders, for trying the whole loop on one machine
// with a carrier whose connection is {type: 'directory'}.
import { createSandboxCarrier } from '../carriers/sandbox/sandbox-carrier.ts';
import { attachSandboxToDirectory } from '../carriers/sandbox/directory-sandbox.ts';
import { parseOptions, UsageError } from './main.ts';

export async function runSandboxCarrierCommand(args: string[], out: (line: string) => void): Promise<number> {
  const { values } = parseOptions(args, {
    outbound: { type: 'string' },
    inbound: { type: 'string' },
    group: { type: 'string', multiple: true },
  });
  if (!values.outbound || !values.inbound) throw new UsageError('sandbox-carrier needs --outbound DIR and --inbound DIR');
  const groups = (values.group ?? []).map((spec) => {
    const [group_number, coverage_start_date] = spec.split(':');
    if (!group_number || !coverage_start_date || !/^\d{4}-\d{2}-\d{2}$/.test(coverage_start_date)) throw new UsageError(`--group takes NUMBER:YYYY-MM-DD, not "${spec}"`);
    return { group_number, coverage_start_date };
  });
  const sandbox = createSandboxCarrier({ groups, unknownGroups: groups.length ? 'reject' : 'accept' });
  const attached = attachSandboxToDirectory(sandbox, {
    outbound_path: values.outbound,
    inbound_path: values.inbound,
    onError: (error, name) => out(`sandbox-carrier: ${name ?? 'poll'}: ${error.message}`),
  });
  out(`Sandbox carrier reading ${values.outbound}, answering into ${values.inbound}. Stop with Ctrl-C.`);
  await new Promise<void>((resolve) => {
    const stop = () => attached.stop().then(resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
