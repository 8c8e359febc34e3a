// One colleague: initials in their hue. Solid while viewing, a ring while editing, faded when away.
import type { DeviceClass } from "../../../../core/domain/roles";
import { DeviceGlyph } from "./device-glyph";
import { initials, personHue } from "./person-hue";
import "../../styles/people.css";

export type PresenceLook = "viewing" | "editing" | "away";

export function Avatar(props: { staffId: string; name: string; state: PresenceLook; device: DeviceClass; size?: "sm" | "md" }) {
  return (
    <span class={`avatar avatar-${props.state} avatar-${props.size ?? "md"}`} style={{ "--hue": personHue(props.staffId) }}>
      <span class="avatar-initials" aria-hidden="true">
        {initials(props.name)}
      </span>
      <DeviceGlyph device={props.device} />
    </span>
  );
}
