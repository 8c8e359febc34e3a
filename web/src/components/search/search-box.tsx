// The one box: phone in any format, email, loyalty number, external id or name.
import { SEARCH_INPUT_ID } from "../../lib/search-shortcut";
import { SearchIcon } from "../icons";

export function SearchBox(props: { value: string; onInput: (value: string) => void; onSubmit: () => void; busy: boolean }) {
  return (
    <search>
      <form
        class="search-box"
        onSubmit={(event) => {
          event.preventDefault();
          props.onSubmit();
        }}
      >
        <label for={SEARCH_INPUT_ID}>Find a customer</label>
        <div class="search-input">
          <SearchIcon />
          <input
            id={SEARCH_INPUT_ID}
            type="search"
            inputmode="search"
            autocomplete="off"
            spellcheck={false}
            placeholder="Phone, email, loyalty no., FX id or name"
            aria-describedby="search-hint"
            aria-controls="search-results"
            aria-busy={props.busy}
            value={props.value}
            onInput={(event) => props.onInput(event.currentTarget.value)}
          />
        </div>
        <p id="search-hint" class="hint">
          Any phone format works: (555) 010-2233, +1 555 0102233, 5550102233. #vip finds a tag, promo:SPRING20 a promo code claimed. Enter
          opens the first match; / brings you here from any screen.
        </p>
      </form>
    </search>
  );
}
