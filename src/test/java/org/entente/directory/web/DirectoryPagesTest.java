package org.entente.directory.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import java.util.UUID;
import org.entente.IntegrationTest;
import org.entente.directory.AreaRef;
import org.entente.directory.Areas;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The directory pages as the demo accounts see them: the whole application on a real database,
 * requests through MockMvc with the real security filters, pages read with jsoup.
 */
@IntegrationTest
@AutoConfigureMockMvc
abstract class DirectoryPagesTest {

  static final String ADMIN = "admin", OFFICER = "officer", MEMBER = "member";
  static final String SCRUTINY = "scrutiny";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService accounts;
  @Autowired Areas areas;

  AreaRef demo() {
    return areas.require("demo");
  }

  /** A word no demo record contains, so that a test can find exactly the records it made. */
  static String unique() {
    return "Zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
  }

  RequestPostProcessor as(String username) {
    return user(accounts.loadUserByUsername(username));
  }

  MvcResult getPage(String username, String path) throws Exception {
    return mvc.perform(get(path).with(as(username))).andReturn();
  }

  /** Submits a form as a browser would: the fields, with the CSRF token. */
  MvcResult submit(String username, String path, Map<String, String> fields) throws Exception {
    MockHttpServletRequestBuilder request = post(path).with(as(username)).with(csrf());
    fields.forEach(request::param);
    return mvc.perform(request).andReturn();
  }

  static Document html(MvcResult result) throws Exception {
    return Jsoup.parse(result.getResponse().getContentAsString());
  }

  /** The id at the end of the address a successful form redirected to. */
  static long createdId(MvcResult result) {
    String location = result.getResponse().getRedirectedUrl();
    return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
  }
}
