// chart.js with only the parts the dashboard draws (bars), loaded on the dashboard route only.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from "chart.js";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);
Chart.register(Legend);

export { Chart };
