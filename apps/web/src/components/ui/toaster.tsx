"use client";

import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from "react";

interface Toast {
  id: number;
  message: string;
  tone: "info" | "error";
  action?: { label: string; onAction: () => void } | undefined;
}

type ShowToast = (toast: Omit<Toast, "id">, durationMs?: number) => void;

const ToastContext = createContext<ShowToast>(() => {});

export function useToast(): ShowToast {
  return useContext(ToastContext);
}

/** An error toast, shown long enough to read. */
export function useErrorToast(): (message: string) => void {
  const toast = useToast();
  return useCallback((message: string) => toast({ message, tone: "error" }, 7_000), [toast]);
}

/** Toasts in a polite live region, each gone after its time or when its action is taken. */
export function Toaster({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const show = useCallback<ShowToast>(
    (toast, durationMs = 5_000) => {
      const id = nextId.current++;
      setToasts((all) => [...all.slice(-2), { ...toast, id }]);
      setTimeout(() => dismiss(id), durationMs);
    },
    [dismiss],
  );

  return (
    <ToastContext.Provider value={useMemo(() => show, [show])}>
      {children}
      <div
        aria-live="polite"
        className="pointer-events-none fixed inset-x-0 bottom-4 z-50 flex flex-col items-center gap-2 px-4"
      >
        {toasts.map((toast) => (
          <div
            key={toast.id}
            role={toast.tone === "error" ? "alert" : "status"}
            className={`pointer-events-auto flex w-full max-w-md items-center justify-between gap-4 rounded-lg px-4 py-3 text-sm shadow-lg ${
              toast.tone === "error"
                ? "bg-red-700 text-white"
                : "bg-neutral-900 text-white dark:bg-neutral-100 dark:text-neutral-900"
            }`}
          >
            <span>{toast.message}</span>
            <span className="flex shrink-0 gap-2">
              {toast.action && (
                <button
                  type="button"
                  className="rounded px-2 py-1 font-semibold underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-current"
                  onClick={() => {
                    toast.action?.onAction();
                    dismiss(toast.id);
                  }}
                >
                  {toast.action.label}
                </button>
              )}
              <button
                type="button"
                aria-label="Dismiss"
                className="rounded px-2 py-1 focus-visible:outline-2 focus-visible:outline-current"
                onClick={() => dismiss(toast.id)}
              >
                ✕
              </button>
            </span>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}
