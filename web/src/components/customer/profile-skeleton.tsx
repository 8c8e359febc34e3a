// The profile's shape while it loads, so nothing jumps when it arrives.
export function ProfileSkeleton() {
  return (
    <div class="c360 c360-loading" aria-busy="true">
      <span class="visually-hidden">Loading the customer</span>
      <div class="c360-header">
        <div class="c360-title">
          <div class="skeleton skeleton-title" />
          <div class="skeleton skeleton-line-sm" />
        </div>
      </div>
      <div class="skeleton skeleton-bar" />
      <div class="skeleton skeleton-block" />
      <div class="skeleton skeleton-block" />
    </div>
  );
}
