// Registers <news-article> and <news-faq> before the app renders, so Vue sets `content` as a
// property.
import 'news-elements';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
