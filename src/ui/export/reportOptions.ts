import { create } from "zustand";
import {
  DEFAULT_REPORT_OPTIONS,
  ReportContentOptionsSchema,
  type ReportContentOptions,
} from "../../io/reportData/options";

/** The report options last chosen, kept in this browser for the next report. */
const KEY = "threatcanvas:report-options";

function load(): ReportContentOptions {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    if (!raw) return DEFAULT_REPORT_OPTIONS;
    const parsed = ReportContentOptionsSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : DEFAULT_REPORT_OPTIONS;
  } catch {
    return DEFAULT_REPORT_OPTIONS;
  }
}

export const useReportOptions = create<{ options: ReportContentOptions }>()(() => ({
  options: load(),
}));

export function saveReportOptions(options: ReportContentOptions): void {
  useReportOptions.setState({ options });
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify(options));
  } catch {
    // Storage may be unavailable; the options still apply to this tab.
  }
}
