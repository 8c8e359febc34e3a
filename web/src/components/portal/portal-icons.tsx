// The portal's own icons, drawn on the app's shared 24-unit frame.
import { Svg } from "../icons";

export const ReceiptIcon = () => (
  <Svg>
    <path d="M6 3h12v18l-3-2-3 2-3-2-3 2z" />
    <path d="M9 8h6M9 12h6" />
  </Svg>
);
export const BankIcon = () => (
  <Svg>
    <path d="m3 9 9-5 9 5" />
    <path d="M5 10v8M10 10v8M14 10v8M19 10v8M3 21h18" />
  </Svg>
);
export const CartIcon = () => (
  <Svg>
    <path d="M3 4h2l2.5 11h10L20 8H7" />
    <circle cx="9" cy="19" r="1.5" />
    <circle cx="17" cy="19" r="1.5" />
  </Svg>
);
export const HelpIcon = () => (
  <Svg>
    <circle cx="12" cy="12" r="9" />
    <path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .8-1 1.5V14" />
    <path d="M12 17h.01" />
  </Svg>
);
export const DocumentIcon = () => (
  <Svg>
    <path d="M7 3h7l5 5v13H7z" />
    <path d="M14 3v5h5M10 13h6M10 17h6" />
  </Svg>
);
export const PulseIcon = () => (
  <Svg>
    <path d="M3 12h4l2-5 4 10 2-5h6" />
  </Svg>
);
export const TagIcon = () => (
  <Svg>
    <path d="M3 12V4h8l10 10-8 8z" />
    <circle cx="7.5" cy="7.5" r="1.5" />
  </Svg>
);
