import type { TemplateNames } from "./templates";

/**
 * What every finding on one target shares: its ids and the names its texts use. Reused from
 * target to target; the id list and suffix are made on the first finding (many targets have
 * none), and the list is then shared by all findings of the target.
 */
export class TargetFrame {
  readonly names: TemplateNames = {
    element: "",
    flow: "the flow",
    source: "the source",
    target: "the target",
    boundary: "no trust boundary",
    other: "another element",
    exposure: "callers",
  };
  private first = "";
  private flow: string | null = null;
  private last: string | null = null;
  private list: string[] | null = null;
  private suffix = "";
  private kept: Readonly<TemplateNames> | null = null;
  private twin: TargetFrame | null = null;

  /**
   * Starts a new target: one element, flow or "model", or an interaction (source, flow, target).
   * `twin`: a frame of the same item whose names are the same (a flow's own rules and its
   * interaction rules), so both share one kept copy of them.
   */
  reset(
    first: string,
    flow: string | null = null,
    last: string | null = null,
    twin: TargetFrame | null = null,
  ): void {
    this.first = first;
    this.flow = flow;
    this.last = last;
    this.list = null;
    this.kept = null;
    this.twin = twin;
  }

  /**
   * A copy of `names` that outlives the target, for what is rendered later (finding sentences,
   * question titles), made once per target (and twin); `names` must not change after it is
   * first asked for.
   */
  get namesKept(): Readonly<TemplateNames> {
    return (this.kept ??= this.twin === null ? { ...this.names } : this.twin.namesKept);
  }

  get targetIds(): string[] {
    return this.list ?? this.makeIds();
  }

  /** "@" + targetIds joined with ">": a finding id is the rule id followed by this. */
  get idSuffix(): string {
    if (this.list === null) this.makeIds();
    return this.suffix;
  }

  private makeIds(): string[] {
    if (this.flow === null || this.last === null) {
      this.list = [this.first];
      this.suffix = `@${this.first}`;
    } else {
      this.list = [this.first, this.flow, this.last];
      this.suffix = `@${this.first}>${this.flow}>${this.last}`;
    }
    return this.list;
  }
}
