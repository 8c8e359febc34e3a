// Browser entry: styles, then the app.
import { render } from "solid-js/web";
import { App } from "./app";
import "./styles/tokens.css";
import "./styles/base.css";
import "./styles/shell.css";

const root = document.getElementById("app");
if (root) render(() => <App />, root);
