/** The title and lead of a form on the signed-out pages. */
export function AuthHeading({ id, title, lead }: { id: string; title: string; lead: string }) {
  return (
    <div className="mb-6 space-y-1.5 text-center">
      <h1 id={id} className="font-semibold text-2xl tracking-tight">
        {title}
      </h1>
      <p className="text-muted-foreground text-sm">{lead}</p>
    </div>
  );
}
