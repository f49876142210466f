const steps = [
  {
    title: "Create an account",
    code: `curl -X POST http://localhost:3000/api/auth/sign-up/email \\
  -H 'Origin: http://localhost:3000' -H 'Content-Type: application/json' \\
  -c cookies.txt -d '{"name":"Ada","email":"ada@example.com","password":"correct horse battery"}'`,
  },
  {
    title: "Get a token (valid 15 minutes by default)",
    code: "curl -b cookies.txt http://localhost:3000/api/auth/token",
  },
  {
    title: "List your tasks",
    code: `curl -H "Authorization: Bearer $TOKEN" http://localhost:3000/api/$USER_ID/tasks`,
  },
];

export default function HomePage() {
  return (
    <main className="mx-auto max-w-2xl px-4 py-16">
      <h1 className="font-semibold text-3xl tracking-tight">Todo</h1>
      <p className="mt-3 text-neutral-600 dark:text-neutral-400">
        Your tasks, through a REST API with JWT bearer authentication. The browser app arrives next; the API is ready
        now.
      </p>
      <ol className="mt-10 space-y-8">
        {steps.map((step, index) => (
          <li key={step.title}>
            <h2 className="font-medium">
              {index + 1}. {step.title}
            </h2>
            <pre className="mt-2 overflow-x-auto rounded-lg bg-neutral-100 p-4 font-mono text-sm dark:bg-neutral-900">
              <code>{step.code}</code>
            </pre>
          </li>
        ))}
      </ol>
    </main>
  );
}
