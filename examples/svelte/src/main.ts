// Registers <news-article> and <news-faq> before the app renders, so Svelte sets `content` as a
// property.
import 'news-elements';
import { mount } from 'svelte';
import App from './App.svelte';

const target = document.getElementById('app');
if (target) mount(App, { target });
