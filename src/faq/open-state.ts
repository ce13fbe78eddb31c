/**
 * Which questions of an FAQ are open: the one owner of that state. It applies the exclusive rule
 * in exactly one place (`#enforce`) and returns every change it made, in content order, so that
 * the element can announce them together once the DOM shows them. Pure: no DOM, no events.
 */

/** One question that opened or closed. */
export interface OpenChange {
  readonly id: string;
  readonly open: boolean;
}

export class OpenState {
  /** Item ids in content order. */
  #order: readonly string[] = [];
  #present: ReadonlySet<string> = new Set();
  #open = new Set<string>();
  #exclusive = false;
  /** Increases with every change: what a render derived from this state compares. */
  #revision = 0;

  /** Ids of the open questions, in content order. */
  get openIds(): readonly string[] {
    if (!this.#open.size) return [];
    return this.#order.filter((id) => this.#open.has(id));
  }

  /** Changes whenever the set of open questions changes. */
  get revision(): number {
    return this.#revision;
  }

  get exclusive(): boolean {
    return this.#exclusive;
  }

  isOpen(id: string): boolean {
    return this.#open.has(id);
  }

  /**
   * New content: questions keep their state when their id survives; the others are forgotten
   * silently (they are gone, so nothing is announced).
   */
  setItems(ids: readonly string[]): void {
    this.#order = ids;
    this.#present = new Set(ids);
    for (const id of this.#open) {
      if (!this.#present.has(id)) {
        this.#open.delete(id);
        this.#revision++;
      }
    }
  }

  /** Turning `exclusive` on keeps the first open question open, as a `<details name>` group does. */
  setExclusive(exclusive: boolean): OpenChange[] {
    this.#exclusive = exclusive;
    return exclusive ? this.#enforce(this.openIds[0]) : [];
  }

  /** Opens or closes one question; in exclusive mode opening it closes the others. */
  set(id: string, open: boolean): OpenChange[] {
    if (!this.#present.has(id) || this.#open.has(id) === open) return [];
    this.#apply(id, open);
    return [{ id, open }, ...(open ? this.#enforce(id) : [])];
  }

  /** Opens or closes several questions (in their content order); exclusive mode opens none. */
  setMany(ids: readonly string[], open: boolean): OpenChange[] {
    if (open && this.#exclusive) return [];
    const changes: OpenChange[] = [];
    for (const id of ids) {
      if (this.#open.has(id) === open || !this.#present.has(id)) continue;
      this.#apply(id, open);
      changes.push({ id, open });
    }
    return changes;
  }

  /** The exclusive rule: with `exclusive`, every open question but `keep` closes. */
  #enforce(keep: string | undefined): OpenChange[] {
    if (!this.#exclusive) return [];
    const changes: OpenChange[] = [];
    for (const id of this.openIds) {
      if (id === keep) continue;
      this.#apply(id, false);
      changes.push({ id, open: false });
    }
    return changes;
  }

  #apply(id: string, open: boolean): void {
    if (open) this.#open.add(id);
    else this.#open.delete(id);
    this.#revision++;
  }
}
