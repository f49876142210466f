/** What the bench (startAppServer) polls until the server answers. */
export function GET() {
  return Response.json({ status: "ok" });
}
