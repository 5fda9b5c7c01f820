// Every page is prerendered: the schedules are readable with no JavaScript and no server.
export const prerender = true;
