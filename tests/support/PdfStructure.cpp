#include "PdfStructure.h"

// qpdf 11: no PointerHolder, std::shared_ptr only (as core/letters/PdfFinish.cpp).
#define POINTERHOLDER_TRANSITION 4

#include <QSet>
#include <QString>

#include <map>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFNumberTreeObjectHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <set>
#include <string>
#include <vector>

namespace fv::test {
namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

const std::set<std::string> &standardTypes()
{
    static const std::set<std::string> types = {
        "/Document", "/Part",      "/Art",     "/Sect",  "/Div",  "/BlockQuote", "/Caption", "/TOC",       "/TOCI",
        "/Index",    "/NonStruct", "/Private", "/P",     "/H",    "/H1",         "/H2",      "/H3",        "/H4",
        "/H5",       "/H6",        "/L",       "/LI",    "/Lbl",  "/LBody",      "/Table",   "/TR",        "/TH",
        "/TD",       "/THead",     "/TBody",   "/TFoot", "/Span", "/Quote",      "/Note",    "/Reference", "/BibEntry",
        "/Code",     "/Link",      "/Annot",   "/Ruby",  "/RB",   "/RT",         "/RP",      "/Warichu",   "/WT",
        "/WP",       "/Figure",    "/Formula", "/Form"};
    return types;
}

using Mark = std::pair<QPDFObjGen, long long>; // page, MCID

// One content stream (a page's or a form XObject's), with the marked content open around it.
class ContentWalker : public QPDFObjectHandle::ParserCallbacks
{
public:
    struct Open
    {
        std::string tag;
        bool mcid = false;
    };
    ContentWalker(QPDFObjGen page, QPDFObjectHandle resources, std::vector<Open> open, std::set<Mark> &marks,
                  QStringList &problems, std::set<QPDFObjGen> &visited)
        : m_page(page)
        , m_resources(resources)
        , m_open(std::move(open))
        , m_marks(marks)
        , m_problems(problems)
        , m_visited(visited)
    {}

    void handleObject(QPDFObjectHandle object) override
    {
        if (!object.isOperator()) {
            m_operands.push_back(object);
            return;
        }
        const std::string op = object.getOperatorValue();
        if (op == "BMC" || op == "BDC") {
            Open mark;
            if (!m_operands.empty() && m_operands.front().isName())
                mark.tag = m_operands.front().getName();
            if (op == "BDC" && m_operands.size() >= 2) {
                QPDFObjectHandle props = m_operands[1];
                if (props.isName() && m_resources.isDictionary())
                    props = m_resources.getKey("/Properties").getKey(props.getName());
                if (props.isDictionary() && props.hasKey("/MCID") && props.getKey("/MCID").isInteger()) {
                    mark.mcid = true;
                    if (!m_marks.insert({m_page, props.getKey("/MCID").getIntValue()}).second)
                        m_problems << QStringLiteral("page %1: MCID %2 used twice")
                                          .arg(m_page.getObj())
                                          .arg(props.getKey("/MCID").getIntValue());
                }
            }
            m_open.push_back(mark);
        } else if (op == "EMC") {
            if (m_open.empty())
                m_problems << QStringLiteral("page %1: EMC without a BMC/BDC").arg(m_page.getObj());
            else
                m_open.pop_back();
        } else if (op == "Tj" || op == "TJ" || op == "'" || op == "\"") {
            if (!tagged())
                m_problems << QStringLiteral("page %1: text drawn outside marked content (%2)")
                                  .arg(m_page.getObj())
                                  .arg(q(m_operands.empty() ? std::string() : m_operands.front().unparse()).left(60));
        } else if (op == "Do" && !m_operands.empty() && m_operands.front().isName()) {
            draw(m_operands.front().getName());
        }
        m_operands.clear();
    }
    void handleEOF() override {}

private:
    // Inside an artifact or an element's marked content (the innermost that says which).
    bool tagged() const
    {
        for (const Open &o : m_open)
            if (o.mcid || o.tag == "/Artifact")
                return true;
        return false;
    }

    void draw(const std::string &name)
    {
        QPDFObjectHandle xobject = m_resources.getKey("/XObject").getKey(name);
        if (!xobject.isStream())
            return;
        QPDFObjectHandle dict = xobject.getDict();
        const std::string subtype = dict.getKey("/Subtype").isName() ? dict.getKey("/Subtype").getName() : "";
        if (subtype == "/Image") {
            if (!tagged())
                m_problems
                    << QStringLiteral("page %1: image %2 outside marked content").arg(m_page.getObj()).arg(q(name));
            return;
        }
        if (subtype != "/Form" || !m_visited.insert(xobject.getObjGen()).second)
            return;
        QPDFObjectHandle resources = dict.getKey("/Resources");
        ContentWalker inner(
            m_page, resources.isDictionary() ? resources : m_resources, m_open, m_marks, m_problems, m_visited);
        QPDFObjectHandle::parseContentStream(xobject, &inner);
        m_visited.erase(xobject.getObjGen());
    }

    QPDFObjGen m_page;
    QPDFObjectHandle m_resources;
    std::vector<Open> m_open;
    std::vector<QPDFObjectHandle> m_operands;
    std::set<Mark> &m_marks;
    QStringList &m_problems;
    std::set<QPDFObjGen> &m_visited;
};

struct TreeWalk
{
    PdfStructure &report;
    std::map<std::string, std::string> roleMap;
    std::set<Mark> marks; // (page, MCID) the elements claim
    std::set<QPDFObjGen> seen;

    bool standard(std::string type) const
    {
        for (int i = 0; i < 10 && !standardTypes().count(type); ++i) {
            const auto it = roleMap.find(type);
            if (it == roleMap.end())
                return false;
            type = it->second;
        }
        return standardTypes().count(type) > 0;
    }

    void element(QPDFObjectHandle e, QPDFObjGen page)
    {
        if (!e.isDictionary() || (e.isIndirect() && !seen.insert(e.getObjGen()).second))
            return;
        if (e.getKey("/Pg").isDictionary())
            page = e.getKey("/Pg").getObjGen();
        const std::string type = e.getKey("/S").isName() ? e.getKey("/S").getName() : "";
        ++report.elements;
        if (!standard(type))
            report.problems
                << QStringLiteral("structure type %1 is neither standard nor role-mapped to one").arg(q(type));
        if (type == "/TH") {
            ++report.headerCells;
            bool scope = false;
            QPDFObjectHandle a = e.getKey("/A");
            for (QPDFObjectHandle attr : a.isArray() ? a.getArrayAsVector() : std::vector<QPDFObjectHandle>{a})
                scope = scope || (attr.isDictionary() && attr.getKey("/Scope").isName());
            if (!scope)
                report.problems << QStringLiteral("a TH without /Scope");
        }
        if (type == "/Figure") {
            ++report.figures;
            if (!e.getKey("/Alt").isString() || e.getKey("/Alt").getUTF8Value().empty())
                report.problems << QStringLiteral("a Figure without /Alt");
        }
        QPDFObjectHandle k = e.getKey("/K");
        for (QPDFObjectHandle kid : k.isArray() ? k.getArrayAsVector() : std::vector<QPDFObjectHandle>{k}) {
            if (kid.isInteger()) {
                marks.insert({page, kid.getIntValue()});
            } else if (kid.isDictionary() && kid.getKey("/Type").isNameAndEquals("/MCR")) {
                const QPDFObjGen pg = kid.getKey("/Pg").isDictionary() ? kid.getKey("/Pg").getObjGen() : page;
                marks.insert({pg, kid.getKey("/MCID").getIntValue()});
            } else if (kid.isDictionary() && !kid.getKey("/Type").isNameAndEquals("/OBJR")) {
                element(kid, page);
            }
        }
    }
};

void checkCatalogue(QPDF &pdf, PdfStructure &report)
{
    QPDFObjectHandle root = pdf.getRoot();
    if (!root.getKey("/Lang").isString() || root.getKey("/Lang").getUTF8Value().empty())
        report.problems << QStringLiteral("no /Lang");
    if (!root.getKey("/MarkInfo").getKey("/Marked").isBool()
        || !root.getKey("/MarkInfo").getKey("/Marked").getBoolValue())
        report.problems << QStringLiteral("/MarkInfo /Marked is not true");
    QPDFObjectHandle display = root.getKey("/ViewerPreferences").getKey("/DisplayDocTitle");
    if (!display.isBool() || !display.getBoolValue())
        report.problems << QStringLiteral("/ViewerPreferences /DisplayDocTitle is not true");
    QPDFObjectHandle metadata = root.getKey("/Metadata");
    std::string xmp;
    if (metadata.isStream()) {
        const std::shared_ptr<Buffer> data = metadata.getStreamData(qpdf_dl_generalized);
        xmp.assign(reinterpret_cast<const char *>(data->getBuffer()), data->getSize());
    }
    if (xmp.find("pdfuaid:part") == std::string::npos)
        report.problems << QStringLiteral("no PDF/UA identification in the XMP metadata");
}

void checkFonts(QPDFObjectHandle resources, PdfStructure &report, std::set<QPDFObjGen> &seen)
{
    if (!resources.isDictionary())
        return;
    QPDFObjectHandle fonts = resources.getKey("/Font");
    if (fonts.isDictionary()) {
        for (const std::string &key : fonts.getKeys()) {
            QPDFObjectHandle font = fonts.getKey(key);
            if (!font.isDictionary() || !seen.insert(font.getObjGen()).second)
                continue;
            ++report.fonts;
            const std::string name = font.getKey("/BaseFont").isName() ? font.getKey("/BaseFont").getName() : key;
            if (!font.getKey("/ToUnicode").isStream())
                report.problems << QStringLiteral("font %1 has no ToUnicode map").arg(q(name));
            const bool type3 = font.getKey("/Subtype").isNameAndEquals("/Type3");
            QPDFObjectHandle descriptor = font.getKey("/FontDescriptor");
            if (font.getKey("/Subtype").isNameAndEquals("/Type0"))
                descriptor = font.getKey("/DescendantFonts").getArrayItem(0).getKey("/FontDescriptor");
            if (!type3
                && !(descriptor.getKey("/FontFile").isStream() || descriptor.getKey("/FontFile2").isStream()
                     || descriptor.getKey("/FontFile3").isStream()))
                report.problems << QStringLiteral("font %1 is not embedded").arg(q(name));
        }
    }
    QPDFObjectHandle xobjects = resources.getKey("/XObject");
    if (xobjects.isDictionary())
        for (const std::string &key : xobjects.getKeys()) {
            QPDFObjectHandle x = xobjects.getKey(key);
            if (x.isStream() && x.getDict().getKey("/Subtype").isNameAndEquals("/Form")
                && seen.insert(x.getObjGen()).second)
                checkFonts(x.getDict().getKey("/Resources"), report, seen);
        }
}

} // namespace

PdfStructure checkTaggedPdf(const QByteArray &bytes)
{
    PdfStructure report;
    try {
        QPDF pdf;
        pdf.processMemoryFile("letter", bytes.constData(), size_t(bytes.size()));
        checkCatalogue(pdf, report);
        QPDFObjectHandle tree = pdf.getRoot().getKey("/StructTreeRoot");
        if (!tree.isDictionary()) {
            report.problems << QStringLiteral("no structure tree");
            return report;
        }
        TreeWalk walk{report, {}, {}, {}};
        QPDFObjectHandle roles = tree.getKey("/RoleMap");
        if (roles.isDictionary())
            for (const std::string &key : roles.getKeys()) {
                if (standardTypes().count(key))
                    report.problems << QStringLiteral("the RoleMap remaps the standard type %1").arg(q(key));
                if (roles.getKey(key).isName())
                    walk.roleMap[key] = roles.getKey(key).getName();
            }
        QPDFObjectHandle k = tree.getKey("/K");
        for (QPDFObjectHandle kid : k.isArray() ? k.getArrayAsVector() : std::vector<QPDFObjectHandle>{k})
            walk.element(kid, QPDFObjGen());

        std::set<Mark> onPages;
        std::set<QPDFObjGen> fontsSeen;
        QPDFNumberTreeObjectHelper parents(tree.getKey("/ParentTree"), pdf);
        for (QPDFObjectHandle page : pdf.getAllPages()) {
            QPDFPageObjectHelper helper(page);
            QPDFObjectHandle resources = helper.getAttribute("/Resources", false);
            std::set<QPDFObjGen> visited;
            ContentWalker walker(page.getObjGen(), resources, {}, onPages, report.problems, visited);
            helper.parseContents(&walker);
            checkFonts(resources, report, fontsSeen);
            // The page's entry in the ParentTree names the element of each of its MCIDs.
            QPDFObjectHandle entry;
            const bool hasEntry = page.getKey("/StructParents").isInteger()
                && parents.findObject(page.getKey("/StructParents").getIntValue(), entry) && entry.isArray();
            for (const Mark &m : onPages) {
                if (m.first != page.getObjGen())
                    continue;
                if (!hasEntry || m.second >= entry.getArrayNItems()
                    || !entry.getArrayItem(int(m.second)).isDictionary())
                    report.problems << QStringLiteral("page %1: MCID %2 has no element in the ParentTree")
                                           .arg(page.getObjGen().getObj())
                                           .arg(m.second);
            }
        }
        report.markedContent = int(onPages.size());
        for (const Mark &m : onPages)
            if (!walk.marks.count(m))
                report.problems << QStringLiteral("page %1: marked content %2 is in no structure element")
                                       .arg(m.first.getObj())
                                       .arg(m.second);
        for (const Mark &m : walk.marks)
            if (!onPages.count(m))
                report.problems << QStringLiteral("an element claims marked content %2 on page %1 that is not there")
                                       .arg(m.first.getObj())
                                       .arg(m.second);
    } catch (const std::exception &e) {
        report.problems << QStringLiteral("qpdf: ") + QString::fromUtf8(e.what());
    }
    return report;
}

} // namespace fv::test
