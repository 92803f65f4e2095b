package org.himkit.portal;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/** Fetches pages through MockMvc and parses them. */
final class Pages {
  private Pages() {}

  static Document get(MockMvc mvc, String path) throws Exception {
    return fetch(mvc, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path));
  }

  static Document fetch(MockMvc mvc, RequestBuilder request) throws Exception {
    String html = mvc.perform(request).andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    return Jsoup.parse(html);
  }
}
