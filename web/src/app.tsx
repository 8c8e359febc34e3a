// Routes and the sign-in gate. Screens load lazily so each route ships only its own code.
import { Navigate, Route, Router, type RouteSectionProps } from "@solidjs/router";
import { lazy, Match, Show, Switch } from "solid-js";
import { AppShell } from "./components/app-shell";
import { prefetch } from "./lib/api";
import { session } from "./lib/session";

const SignIn = lazy(() => import("./routes/sign-in"));
const Home = lazy(() => import("./routes/home"));
const Search = lazy(() => import("./routes/search"));
const Customer = lazy(() => import("./routes/customer"));
const Account = lazy(() => import("./routes/account"));
const NotFound = lazy(() => import("./routes/not-found"));
const Dashboard = lazy(() => import("./routes/dashboard"));
const Admin = lazy(() => import("./routes/admin"));
const Compliance = lazy(() => import("./routes/compliance"));
const Integrations = lazy(() => import("./routes/integrations"));
const Knowledge = lazy(() => import("./routes/knowledge"));
const Monitor = lazy(() => import("./routes/monitor"));
const MonitorProcesses = lazy(() => import("./routes/monitor-processes"));

// The first screen's code and data load while the session is checked, not after it.
const opening = location.pathname.match(/^\/customers\/(cus_\d+)$/);
if (opening?.[1]) {
  void Customer.preload();
  prefetch(`/api/customers/${opening[1]}`);
} else if (location.pathname === "/search") void Search.preload();
const Orders = lazy(() => import("./routes/orders"));
const OrderNew = lazy(() => import("./routes/order-new"));
const OrderDetail = lazy(() => import("./routes/order-detail"));
const Servicing = lazy(() => import("./routes/servicing"));
const Campaign = lazy(() => import("./routes/campaign"));
const Merchants = lazy(() => import("./routes/merchants"));
const Merchant = lazy(() => import("./routes/merchant"));
const MerchantInvoice = lazy(() => import("./routes/merchant-invoice"));
const PlanRequests = lazy(() => import("./routes/plan-requests"));
const MerchantPlans = lazy(() => import("./routes/merchant-plans"));
// issue 16 (h/desk): the service desk
const Desk = lazy(() => import("./routes/desk"));
const DeskTicket = lazy(() => import("./routes/desk-ticket"));
// The merchant portal: its own session and shell (components/portal/portal-shell.tsx), outside the
// staff gate. Portal screens are children of the /portal route below.
const PortalShell = lazy(() => import("./components/portal/portal-shell").then((m) => ({ default: m.PortalShell })));
const PortalHome = lazy(() => import("./routes/portal"));
const PortalNotFound = lazy(() => import("./routes/portal").then((m) => ({ default: m.PortalNotFound })));
const PortalLink = lazy(() => import("./routes/portal-link"));
const PortalTransactions = lazy(() => import("./routes/portal-transactions"));
const PortalTransaction = lazy(() => import("./routes/portal-transaction"));
const PortalSettlements = lazy(() => import("./routes/portal-settlements"));
const PortalInvoices = lazy(() => import("./routes/portal-invoices"));
const PortalInvoice = lazy(() => import("./routes/portal-invoice"));
const PortalContracts = lazy(() => import("./routes/portal-contracts"));
const PortalIntegration = lazy(() => import("./routes/portal-integration"));
const PortalPlan = lazy(() => import("./routes/portal-plan"));
// The portal's help center (issue 16, h/desk)
const PortalHelp = lazy(() => import("./routes/portal-help"));
const PortalTicket = lazy(() => import("./routes/portal-ticket"));
/** The client's signing page: public, outside the staff sign-in gate. */
const Sign = lazy(() => import("./routes/sign"));

/** Leads and directors start on the floor dashboard; reps on their own queue. */
function Start() {
  return (
    <Show when={session.can("floor.watch")} fallback={<Home />}>
      <Dashboard />
    </Show>
  );
}

function Gate(props: RouteSectionProps) {
  session.want();
  return (
    <Switch>
      <Match when={session.me.loading && session.me() === undefined}>
        <div class="shell-loading" aria-busy="true" aria-live="polite">
          <span class="visually-hidden">Loading Tandem</span>
        </div>
      </Match>
      <Match when={session.me.error}>
        <main class="main">
          <p class="notice notice-error" role="alert">
            Tandem could not reach the server. Check your connection and reload.
          </p>
        </main>
      </Match>
      <Match when={session.me() === null}>
        <Navigate href={`/sign-in?next=${encodeURIComponent(props.location.pathname)}`} />
      </Match>
      <Match when={session.me()}>
        <AppShell>{props.children}</AppShell>
      </Match>
    </Switch>
  );
}

export function App() {
  return (
    <Router>
      <Route path="/sign-in" component={SignIn} />
      <Route path="/sign/:token" component={Sign} />
      <Route path="/portal/link/:token" component={PortalLink} />
      <Route path="/portal" component={(props: RouteSectionProps) => <PortalShell>{props.children}</PortalShell>}>
        <Route path="/" component={PortalHome} />
        <Route path="/transactions" component={PortalTransactions} />
        <Route path="/transactions/:id" component={PortalTransaction} />
        <Route path="/settlements" component={PortalSettlements} />
        <Route path="/invoices" component={PortalInvoices} />
        <Route path="/invoices/:id" component={PortalInvoice} />
        <Route path="/contracts" component={PortalContracts} />
        <Route path="/integration" component={PortalIntegration} />
        <Route path="/plan" component={PortalPlan} />
        <Route path="/help" component={PortalHelp} />
        <Route path="/help/:ticketId" component={PortalTicket} />
        <Route path="*404" component={PortalNotFound} />
      </Route>
      <Route path="/" component={Gate}>
        <Route path="/" component={Start} />
        <Route path="/floor" component={Dashboard} />
        <Route path="/search" component={Search} />
        <Route path="/customers" component={() => <Navigate href="/search" />} />
        <Route path="/customers/:id" component={Customer} />

        <Route path="/customers/:id/leases-loans" component={Servicing} />
        <Route path="/campaigns/:id" component={Campaign} />
        <Route path="/orders" component={Orders} />
        <Route path="/orders/new" component={OrderNew} />
        <Route path="/orders/:id" component={OrderDetail} />
        <Route path="/account" component={Account} />
        <Route path="/admin" component={Admin} />
        <Route path="/compliance" component={Compliance} />
        <Route path="/integrations" component={Integrations} />
        <Route path="/merchants" component={Merchants} />
        <Route path="/merchants/requests" component={PlanRequests} />
        <Route path="/merchants/plans" component={MerchantPlans} />
        <Route path="/merchants/:id" component={Merchant} />
        <Route path="/merchants/:id/invoices/:invoiceId" component={MerchantInvoice} />
        <Route path="/knowledge" component={Knowledge} />
        <Route path="/monitor" component={Monitor} />
        <Route path="/monitor/processes" component={MonitorProcesses} />
        <Route path="/desk" component={Desk} />
        <Route path="/desk/:id" component={DeskTicket} />
        <Route path="*404" component={NotFound} />
      </Route>
    </Router>
  );
}
