import Link from "next/link";

export function BackToSignIn() {
  return (
    <p className="mt-2 border-t pt-5 text-center text-muted-foreground text-sm">
      <Link href="/sign-in" className="font-medium text-primary underline-offset-4 hover:underline">
        Back to sign in
      </Link>
    </p>
  );
}
