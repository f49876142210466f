/** The writes the live phase makes, as the UI makes them: a task created, then completed. */
export async function createTask(appUrl: string, user: { userId: string; token: string }, title: string) {
  const response = await fetch(`${appUrl}/api/${user.userId}/tasks`, {
    method: "POST",
    headers: { Authorization: `Bearer ${user.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ title }),
  });
  if (response.status !== 201) throw new Error(`creating a task answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { id: number }).id;
}

export async function completeTask(appUrl: string, user: { userId: string; token: string }, id: number) {
  const response = await fetch(`${appUrl}/api/${user.userId}/tasks/${id}/complete`, {
    method: "PATCH",
    headers: { Authorization: `Bearer ${user.token}` },
  });
  if (response.status !== 200)
    throw new Error(`completing a task answered ${response.status}: ${await response.text()}`);
  await response.arrayBuffer();
}
