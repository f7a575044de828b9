/**
 * The shape of every key Roundtable keeps in localStorage: `roundtable:<kind>:<id>:<what>`, where
 * `kind` is who the device is in the room and `id` names the room or link. Keys already written
 * by devices in use must keep their exact spelling, or what someone typed would be orphaned.
 */
export function roomKey(kind: string, id: string, what: string): string {
  return `roundtable:${kind}:${id}:${what}`;
}
