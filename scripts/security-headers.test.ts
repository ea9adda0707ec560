import { describe, expect, it } from "vitest";
import config, { SECURITY_HEADERS } from "../vite.config";

describe("the servers the README starts", () => {
  it("both send the headers that forbid framing by another site", () => {
    expect(SECURITY_HEADERS).toMatchObject({
      "Content-Security-Policy": "frame-ancestors 'none'",
      "X-Frame-Options": "DENY",
    });
    expect(config.server?.headers).toEqual(SECURITY_HEADERS);
    expect(config.preview?.headers).toEqual(SECURITY_HEADERS);
  });
});
