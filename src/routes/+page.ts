// A language's home is /ru/, /kk/, /ko/ (the build writes ru/index.html), like the site's own /:
// it is where each language's installed app starts, and a web app's scope (/ru/) holds only
// addresses under it, so /ru would open outside the Russian app.
export const trailingSlash = 'always';
