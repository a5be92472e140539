/** Drivers, growth assumptions and driver-based budget lines. */
export default function DriversScreen() {
  return <div className="screen-body">Drivers</div>;
}
