// Icons of the loyalty tabs (decorative: the text beside each says what it means).
import { Svg } from "../icons";

/** A purchase: a shopping bag. */
export const BagIcon = () => (
  <Svg>
    <path d="M5 8h14l-1 13H6z" />
    <path d="M9 8V6a3 3 0 0 1 6 0v2" />
  </Svg>
);
/** A check-in: a map pin. */
export const PinIcon = () => (
  <Svg>
    <path d="M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21z" />
    <circle cx="12" cy="9.5" r="2.5" />
  </Svg>
);
/** An achievement: a star. */
export const StarIcon = () => (
  <Svg>
    <path d="m12 3 2.8 5.7 6.2.9-4.5 4.4 1.1 6.2L12 17.3l-5.6 2.9 1.1-6.2L3 9.6l6.2-.9z" />
  </Svg>
);
