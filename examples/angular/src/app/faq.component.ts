import 'news-elements';
import { CUSTOM_ELEMENTS_SCHEMA, Component, input } from '@angular/core';
import type { FaqInput, NewsToggleEvent } from 'news-elements';

@Component({
  selector: 'app-faq',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `<news-faq [content]="faq()" searchable (news-toggle)="onToggle($event)" />`,
})
export class FaqComponent {
  readonly faq = input.required<FaqInput>();

  protected onToggle(event: NewsToggleEvent): void {
    console.log(event.detail.id, event.detail.open);
  }
}
