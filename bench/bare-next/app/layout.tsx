import type { ReactNode } from "react";

export const metadata = {
  title: "Tasks (bare Next.js)",
  description: "The Lighthouse baseline of README § Benchmarks",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", margin: "2rem auto", maxWidth: "40rem" }}>{children}</body>
    </html>
  );
}
