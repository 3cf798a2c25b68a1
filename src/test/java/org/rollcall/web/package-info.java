/** Browser tests of the web page: headless Chromium driven by Selenium against the real server, axe-core checks. */
package org.rollcall.web;
