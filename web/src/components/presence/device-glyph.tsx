// The small device mark on an avatar: phone, tablet or desktop.
import type { DeviceClass } from "../../../../core/domain/roles";
import { DesktopIcon, PhoneIcon, TabletIcon } from "../icons";

export function DeviceGlyph(props: { device: DeviceClass }) {
  return (
    <span class="device-glyph" aria-hidden="true">
      {props.device === "phone" ? <PhoneIcon /> : props.device === "tablet" ? <TabletIcon /> : <DesktopIcon />}
    </span>
  );
}
