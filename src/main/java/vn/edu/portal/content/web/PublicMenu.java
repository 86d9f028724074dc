package vn.edu.portal.content.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.edu.portal.content.ContentService;
import vn.edu.portal.tenant.web.PublicSite;

/** The site's menu in every public page's navigation ({@code #{siteMenu.links}}). */
@Named("siteMenu")
@RequestScoped
public class PublicMenu {

    @Inject
    PublicSite pub;

    @Inject
    ContentService content;

    public List<ContentService.MenuLink> getLinks() {
        return content.menu(pub.getSite().id());
    }
}
