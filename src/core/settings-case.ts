// A setting written in another case than the schema's (`paper: letter`, `bullet: Dash`) means plainly one of its
// values: read as that value, with a warning saying how to write it, in our format as in any other (the command
// line takes `--paper letter` too). The values come from the schema, their one home.
import schema from '../../schema/resume.schema.json' with { type: 'json' };
import type { Notice } from './normalize.js';
import type { DataPath } from './parse.js';

const { meta, basics } = schema.$defs;

/** Each setting with a fixed set of values: where it is, and its values. A list's items are each a setting. */
const SETTINGS: [DataPath, readonly string[]][] = [
  [['meta', 'paper'], meta.properties.paper.enum],
  [['meta', 'design', 'dateFormat'], meta.properties.design.properties.dateFormat.enum],
  [['meta', 'design', 'bullet'], meta.properties.design.properties.bullet.enum],
  [['basics', 'privateFields'], basics.properties.privateFields.items.enum],
];

const record = (value: unknown): Record<string, unknown> | undefined =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;

/** Reads, in place, each setting written in another case (or with spaces around it) as the schema's value. */
export function readSettingsCase(data: unknown): Notice[] {
  const notices: Notice[] = [];
  for (const [path, values] of SETTINGS) {
    const holder = path
      .slice(0, -1)
      .reduce<Record<string, unknown> | undefined>((at, key) => record(at?.[key]), record(data));
    const key = path.at(-1) as string;
    const value = holder?.[key];
    if (!holder) continue;
    if (Array.isArray(value))
      value.forEach((item, i) => {
        const read = settingOf(item, values);
        if (read === undefined) return;
        value[i] = read;
        notices.push(noticeOf([...path, i], item as string, read));
      });
    else {
      const read = settingOf(value, values);
      if (read === undefined) continue;
      holder[key] = read;
      notices.push(noticeOf(path, value as string, read));
    }
  }
  return notices;
}

/** The schema's value `written` stands for, when it is not already that value. */
function settingOf(written: unknown, values: readonly string[]): string | undefined {
  if (typeof written !== 'string' || values.includes(written)) return undefined;
  const plain = written.trim().toLowerCase();
  return values.find((v) => v.toLowerCase() === plain);
}

const noticeOf = (path: DataPath, written: string, read: string): Notice => ({
  path,
  message: `"${written}" read as "${read}" (write ${read})`,
});
