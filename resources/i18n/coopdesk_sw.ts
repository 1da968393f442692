<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw">
    <context>
        <name>AccountChooser</name>
        <message>
            <source>code or name</source>
            <translation>msimbo au jina</translation>
        </message>
    </context>
    <context>
        <name>AccountDialog</name>
        <message>
            <source>Add an account</source>
            <translation>Ongeza akaunti</translation>
        </message>
        <message>
            <source>No: an ordinary account</source>
            <translation>Hapana: akaunti ya kawaida</translation>
        </message>
        <message>
            <source>Members' share capital</source>
            <translation>Mtaji wa hisa wa wanachama</translation>
        </message>
        <message>
            <source>Amounts owed to members</source>
            <translation>Kiasi wanachodai wanachama</translation>
        </message>
        <message>
            <source>Loans and advances to members</source>
            <translation>Mikopo na malipo ya awali kwa wanachama</translation>
        </message>
        <message>
            <source>Under the heading</source>
            <translation>Chini ya kichwa</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Msimbo</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Jina</translation>
        </message>
        <message>
            <source>Keeps members' accounts</source>
            <translation>Inatunza akaunti za wanachama</translation>
        </message>
    </context>
    <context>
        <name>AccountTreeModel</name>
        <message>
            <source>Code</source>
            <translation>Msimbo</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Akaunti</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Salio</translation>
        </message>
        <message>
            <source>Debits {debit} · credits {credit}</source>
            <translation>Debiti {debit} · krediti {credit}</translation>
        </message>
        <message>
            <source>A heading: it shows the sum of the accounts under it.</source>
            <translation>Kichwa: kinaonyesha jumla ya akaunti zilizo chini yake.</translation>
        </message>
        <message>
            <source>Member accounts: every line posted here names a member.</source>
            <translation>Akaunti za wanachama: kila mstari unaoingizwa hapa unamtaja mwanachama.</translation>
        </message>
        <message>
            <source>Closed: no more entries.</source>
            <translation>Imefungwa: haipokei maingizo tena.</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>Manenosiri mawili hayafanani.</translation>
        </message>
        <message>
            <source>The first administrator</source>
            <translation>Msimamizi wa kwanza wa mfumo</translation>
        </message>
        <message>
            <source>The person who will add the other users. Keep the password safe: nobody can read it back.</source>
            <translation>Mtu atakayeongeza watumiaji wengine. Hifadhi nenosiri vizuri: hakuna anayeweza kulisoma tena.</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Jina la mtumiaji</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Jina kamili</translation>
        </message>
        <message>
            <source>Password (at least {n} characters)</source>
            <translation>Nenosiri (angalau herufi {n})</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>Rudia nenosiri</translation>
        </message>
    </context>
    <context>
        <name>BarChart</name>
        <message>
            <source>Nothing to show yet.</source>
            <translation>Bado hakuna cha kuonyesha.</translation>
        </message>
    </context>
    <context>
        <name>BooksPage</name>
        <message>
            <source>Books</source>
            <translation>Hesabu</translation>
        </message>
        <message>
            <source>New entry…</source>
            <translation>Ingizo jipya…</translation>
        </message>
        <message>
            <source>Receipt…</source>
            <translation>Mapokezi…</translation>
        </message>
        <message>
            <source>Payment…</source>
            <translation>Malipo…</translation>
        </message>
        <message>
            <source>Reverse…</source>
            <translation>Batilisha…</translation>
        </message>
        <message>
            <source>Attach receipt…</source>
            <translation>Ambatisha stakabadhi…</translation>
        </message>
        <message>
            <source>Open year…</source>
            <translation>Fungua mwaka…</translation>
        </message>
        <message>
            <source>Close period…</source>
            <translation>Funga kipindi…</translation>
        </message>
        <message>
            <source>Close year…</source>
            <translation>Funga mwaka…</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Ingiza…</translation>
        </message>
        <message>
            <source>Add account…</source>
            <translation>Ongeza akaunti…</translation>
        </message>
        <message>
            <source>Search description or reference…</source>
            <translation>Tafuta maelezo au kumbukumbu…</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Kuanzia</translation>
        </message>
        <message>
            <source>to</source>
            <translation>hadi</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Ondoa kichujio</translation>
        </message>
        <message>
            <source>Show every entry again</source>
            <translation>Onyesha maingizo yote tena</translation>
        </message>
        <message>
            <source>Balances at</source>
            <translation>Salio hadi tarehe</translation>
        </message>
        <message>
            <source>All entries</source>
            <translation>Maingizo yote</translation>
        </message>
        <message>
            <source>Posted</source>
            <translation>Yaliyoingizwa kwenye leja</translation>
        </message>
        <message>
            <source>Drafts</source>
            <translation>Rasimu</translation>
        </message>
        <message>
            <source>All accounts</source>
            <translation>Akaunti zote</translation>
        </message>
        <message>
            <source>&lt;b style='color:#c62828'&gt;No fiscal year is open.&lt;/b&gt; Open one to post entries.</source>
            <translation>&lt;b style='color:#c62828'&gt;Hakuna mwaka wa fedha ulio wazi.&lt;/b&gt; Fungua mmoja ili uweze kuingiza maingizo kwenye leja.</translation>
        </message>
        <message>
            <source>Fiscal year &lt;b&gt;{year}&lt;/b&gt;: {start} to {end}</source>
            <translation>Mwaka wa fedha &lt;b&gt;{year}&lt;/b&gt;: {start} hadi {end}</translation>
        </message>
        <message>
            <source>, closed.</source>
            <translation>, umefungwa.</translation>
        </message>
        <message>
            <source>, periods closed up to {date}.</source>
            <translation>, vipindi vimefungwa hadi {date}.</translation>
        </message>
        <message>
            <source>, every period open.</source>
            <translation>, vipindi vyote viko wazi.</translation>
        </message>
        <message>
            <source>{count} draft(s) waiting to be posted.</source>
            <translation>Rasimu {count} zinasubiri kuingizwa kwenye leja.</translation>
        </message>
        <message>
            <source>1 entry</source>
            <translation>Ingizo 1</translation>
        </message>
        <message>
            <source>{count} entries</source>
            <translation>Maingizo {count}</translation>
        </message>
        <message>
            <source>Your role may not {action}.</source>
            <translation>Jukumu lako haliruhusu {action}.</translation>
        </message>
        <message>
            <source>Open a fiscal year first.</source>
            <translation>Fungua mwaka wa fedha kwanza.</translation>
        </message>
        <message>
            <source>Type a journal entry line by line (Ctrl+N)</source>
            <translation>Andika ingizo la jarida mstari kwa mstari (Ctrl+N)</translation>
        </message>
        <message>
            <source>Money received: a share payment, a gold sale, the premium…</source>
            <translation>Fedha zilizopokelewa: malipo ya hisa, mauzo ya dhahabu, malipo ya ziada ya Fairmined…</translation>
        </message>
        <message>
            <source>Money paid out: fuel, wages, supplies, a member…</source>
            <translation>Fedha zilizolipwa: mafuta, mishahara, vifaa, mwanachama…</translation>
        </message>
        <message>
            <source>Choose an entry in the journal first.</source>
            <translation>Chagua ingizo kwenye jarida kwanza.</translation>
        </message>
        <message>
            <source>A draft is not in the books yet; open it to change or delete it.</source>
            <translation>Rasimu bado haimo kwenye hesabu; ifungue ili kuibadilisha au kuifuta.</translation>
        </message>
        <message>
            <source>This entry is itself a reversal.</source>
            <translation>Ingizo hili lenyewe ni ingizo la kubatilisha.</translation>
        </message>
        <message>
            <source>This entry was already reversed by entry {entry}.</source>
            <translation>Ingizo hili tayari limebatilishwa na ingizo {entry}.</translation>
        </message>
        <message>
            <source>Post the mirror image of the selected entry, with the reason</source>
            <translation>Ingiza kwenye leja kinyume cha ingizo lililochaguliwa, pamoja na sababu</translation>
        </message>
        <message>
            <source>Post the draft before attaching its receipt.</source>
            <translation>Ingiza rasimu kwenye leja kabla ya kuambatisha stakabadhi yake.</translation>
        </message>
        <message>
            <source>Keep a scanned receipt or invoice with the selected entry</source>
            <translation>Hifadhi stakabadhi au ankara iliyochanganuliwa pamoja na ingizo lililochaguliwa</translation>
        </message>
        <message>
            <source>Open the next fiscal year</source>
            <translation>Fungua mwaka wa fedha unaofuata</translation>
        </message>
        <message>
            <source>Post entries, or a year's opening balances, from Excel or CSV</source>
            <translation>Ingiza maingizo, au salio la kuanzia la mwaka, kutoka Excel au CSV</translation>
        </message>
        <message>
            <source>Add an account under a heading of the chart</source>
            <translation>Ongeza akaunti chini ya kichwa cha orodha ya akaunti</translation>
        </message>
        <message>
            <source>There is no open period.</source>
            <translation>Hakuna kipindi kilicho wazi.</translation>
        </message>
        <message>
            <source>Lock a month once its books are checked</source>
            <translation>Funga mwezi baada ya hesabu zake kukaguliwa</translation>
        </message>
        <message>
            <source>There is no open fiscal year.</source>
            <translation>Hakuna mwaka wa fedha ulio wazi.</translation>
        </message>
        <message>
            <source>Year-end closing: income and expenses to the result, every period locked</source>
            <translation>Kufunga mwaka: mapato na matumizi yanahamishiwa kwenye matokeo, kila kipindi kinafungwa</translation>
        </message>
        <message>
            <source>Entry {entry} posted.</source>
            <translation>Ingizo {entry} limeingizwa kwenye leja.</translation>
        </message>
        <message>
            <source>The draft was deleted.</source>
            <translation>Rasimu imefutwa.</translation>
        </message>
        <message>
            <source>Draft saved; it is not in the books until it is posted.</source>
            <translation>Rasimu imehifadhiwa; haitakuwa kwenye hesabu hadi itakapoingizwa kwenye leja.</translation>
        </message>
        <message>
            <source>Receipt recorded as entry {entry}.</source>
            <translation>Mapokezi yamerekodiwa kama ingizo {entry}.</translation>
        </message>
        <message>
            <source>Payment recorded as entry {entry}.</source>
            <translation>Malipo yamerekodiwa kama ingizo {entry}.</translation>
        </message>
        <message>
            <source>Entry {entry} reversed by entry {reversal}.</source>
            <translation>Ingizo {entry} limebatilishwa na ingizo {reversal}.</translation>
        </message>
        <message>
            <source>Attach a scanned receipt to entry {entry}</source>
            <translation>Ambatisha stakabadhi iliyochanganuliwa kwenye ingizo {entry}</translation>
        </message>
        <message>
            <source>Scanned receipts ({patterns})</source>
            <translation>Stakabadhi zilizochanganuliwa ({patterns})</translation>
        </message>
        <message>
            <source>{file} could not be read: {reason}</source>
            <translation>{file} halikuweza kusomwa: {reason}</translation>
        </message>
        <message>
            <source>{file} attached to entry {entry}.</source>
            <translation>{file} limeambatishwa kwenye ingizo {entry}.</translation>
        </message>
        <message>
            <source>{count} entries imported.</source>
            <translation>Maingizo {count} yameingizwa.</translation>
        </message>
        <message>
            <source>Account {code} added.</source>
            <translation>Akaunti {code} imeongezwa.</translation>
        </message>
        <message>
            <source>Fiscal year {year} opened.</source>
            <translation>Mwaka wa fedha {year} umefunguliwa.</translation>
        </message>
        <message>
            <source>The period of {year} starting {date} is closed.</source>
            <translation>Kipindi cha {year} kinachoanza {date} kimefungwa.</translation>
        </message>
        <message>
            <source>Fiscal year {year} closed by entry {entry}.</source>
            <translation>Mwaka wa fedha {year} umefungwa kwa ingizo {entry}.</translation>
        </message>
        <message>
            <source>Fiscal year {year} closed.</source>
            <translation>Mwaka wa fedha {year} umefungwa.</translation>
        </message>
        <message>
            <source>The books are set up.</source>
            <translation>Hesabu zimeandaliwa.</translation>
        </message>
    </context>
    <context>
        <name>CashForm</name>
        <message>
            <source>Record a receipt</source>
            <translation>Rekodi mapokezi</translation>
        </message>
        <message>
            <source>Record a payment</source>
            <translation>Rekodi malipo</translation>
        </message>
        <message>
            <source>Your role may not record share payments.</source>
            <translation>Jukumu lako haliruhusu kurekodi malipo ya hisa.</translation>
        </message>
        <message>
            <source>Receipt or invoice number</source>
            <translation>Namba ya stakabadhi au ankara</translation>
        </message>
        <message>
            <source>Attach scanned receipt…</source>
            <translation>Ambatisha stakabadhi iliyochanganuliwa…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Ondoa</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Aina</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tarehe</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Kiasi</translation>
        </message>
        <message>
            <source>Received into</source>
            <translation>Imepokelewa kwenye</translation>
        </message>
        <message>
            <source>Paid from</source>
            <translation>Imelipwa kutoka</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Mwanachama</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Akaunti</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Maelezo</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Kumbukumbu</translation>
        </message>
        <message>
            <source>Scanned receipt</source>
            <translation>Stakabadhi iliyochanganuliwa</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Rekodi</translation>
        </message>
        <message>
            <source>Your role may read the books but not record receipts or payments.</source>
            <translation>Jukumu lako linaruhusu kusoma hesabu lakini si kurekodi mapokezi wala malipo.</translation>
        </message>
        <message>
            <source>Member (optional)</source>
            <translation>Mwanachama (si lazima)</translation>
        </message>
        <message>
            <source>(no such member)</source>
            <translation>(hakuna mwanachama huyo)</translation>
        </message>
        <message>
            <source>In the books: debit {debit}, credit {credit}.</source>
            <translation>Kwenye hesabu: debiti {debit}, krediti {credit}.</translation>
        </message>
        <message>
            <source>Choose the scanned receipt</source>
            <translation>Chagua stakabadhi iliyochanganuliwa</translation>
        </message>
        <message>
            <source>Scanned receipts ({patterns})</source>
            <translation>Stakabadhi zilizochanganuliwa ({patterns})</translation>
        </message>
        <message>
            <source>{file} is larger than 10 MB; scan it at a lower resolution.</source>
            <translation>{file} ni kubwa kuliko MB 10; lichanganue kwa ubora wa chini zaidi.</translation>
        </message>
        <message>
            <source>{file} could not be read: {reason}</source>
            <translation>{file} halikuweza kusomwa: {reason}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>hakuna</translation>
        </message>
        <message>
            <source>Type the member's number, or choose them in the list.</source>
            <translation>Andika namba ya mwanachama, au mchague kwenye orodha.</translation>
        </message>
        <message>
            <source>There is no member number {number}.</source>
            <translation>Hakuna mwanachama namba {number}.</translation>
        </message>
        <message>
            <source>There is no account {code} that takes entries.</source>
            <translation>Hakuna akaunti {code} inayopokea maingizo.</translation>
        </message>
        <message>
            <source>Recording…</source>
            <translation>Inarekodi…</translation>
        </message>
    </context>
    <context>
        <name>CensusDialog</name>
        <message>
            <source>Verify in census</source>
            <translation>Thibitisha katika sensa</translation>
        </message>
        <message>
            <source>Mark {count} member(s) as seen and verified.</source>
            <translation>Weka alama kwamba wanachama {count} wameonekana na kuthibitishwa.</translation>
        </message>
        <message>
            <source>e.g. Census {year}</source>
            <translation>mfano: Sensa {year}</translation>
        </message>
        <message>
            <source>Open new census</source>
            <translation>Fungua sensa mpya</translation>
        </message>
        <message>
            <source>Census</source>
            <translation>Sensa</translation>
        </message>
        <message>
            <source>or a new one</source>
            <translation>au mpya</translation>
        </message>
        <message>
            <source>Verified on</source>
            <translation>Imethibitishwa tarehe</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Maelezo</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Thibitisha</translation>
        </message>
        <message>
            <source>{name} (from {date}, {count} verified)</source>
            <translation>{name} (kuanzia {date}, {count} wamethibitishwa)</translation>
        </message>
    </context>
    <context>
        <name>ClosePeriodDialog</name>
        <message>
            <source>Close a period</source>
            <translation>Funga kipindi</translation>
        </message>
        <message>
            <source>{year}: {start} to {end}</source>
            <translation>{year}: {start} hadi {end}</translation>
        </message>
        <message>
            <source>Close the period</source>
            <translation>Funga kipindi</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Kipindi</translation>
        </message>
        <message>
            <source>There is no open period to close.</source>
            <translation>Hakuna kipindi kilicho wazi cha kufunga.</translation>
        </message>
        <message>
            <source>After closing, nothing more can be posted dated from {start} to {end}: a mistake found later is corrected by an entry in an open period. Periods close in order, the earliest first. Closing cannot be undone.</source>
            <translation>Baada ya kufunga, hakuna kitakachoweza kuingizwa kwenye leja chenye tarehe kuanzia {start} hadi {end}: kosa litakalogunduliwa baadaye litasahihishwa kwa ingizo katika kipindi kilicho wazi. Vipindi hufungwa kwa mpangilio, cha mwanzo kwanza. Kufunga hakuwezi kutenguliwa.</translation>
        </message>
    </context>
    <context>
        <name>CloseYearDialog</name>
        <message>
            <source>Close a fiscal year</source>
            <translation>Funga mwaka wa fedha</translation>
        </message>
        <message>
            <source>Close the year</source>
            <translation>Funga mwaka</translation>
        </message>
        <message>
            <source>Fiscal year</source>
            <translation>Mwaka wa fedha</translation>
        </message>
        <message>
            <source>Every fiscal year is closed already.</source>
            <translation>Miaka yote ya fedha tayari imefungwa.</translation>
        </message>
        <message>
            <source>&lt;p&gt;Closing the fiscal year &lt;b&gt;{year}&lt;/b&gt;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;posts one entry dated {end} that moves the balance of every income and expense account to the result of the year (surplus or loss), ready for the general assembly to allocate;&lt;/li&gt;&lt;li&gt;locks every period of {year}: nothing more can be posted into it, and a mistake found later is corrected in the next year;&lt;/li&gt;&lt;li&gt;cannot be undone.&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;p&gt;Kufunga mwaka wa fedha &lt;b&gt;{year}&lt;/b&gt;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;kunaingiza kwenye leja ingizo moja lenye tarehe {end} linalohamisha salio la kila akaunti ya mapato na matumizi kwenda kwenye matokeo ya mwaka (ziada au hasara), tayari kwa mkutano mkuu kuyagawa;&lt;/li&gt;&lt;li&gt;kunafunga kila kipindi cha {year}: hakuna kitakachoweza kuingizwa ndani yake tena, na kosa litakalogunduliwa baadaye litasahihishwa katika mwaka unaofuata;&lt;/li&gt;&lt;li&gt;hakuwezi kutenguliwa.&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <source>Close {year}</source>
            <translation>Funga {year}</translation>
        </message>
        <message>
            <source>{year} still has {count} draft entries; post or delete them first.</source>
            <translation>Mwaka {year} bado una rasimu {count} za maingizo; ziingize kwenye leja au uzifute kwanza.</translation>
        </message>
        <message>
            <source>Close {year} first.</source>
            <translation>Funga {year} kwanza.</translation>
        </message>
        <message>
            <source>{year} has not ended yet: it runs until {end}.</source>
            <translation>Mwaka {year} bado haujaisha: unaendelea hadi {end}.</translation>
        </message>
    </context>
    <context>
        <name>CoopPage</name>
        <message>
            <source>The cooperative</source>
            <translation>Chama cha ushirika</translation>
        </message>
        <message>
            <source>Its name, the currency of its books, its country and the value of one share.</source>
            <translation>Jina lake, sarafu ya hesabu zake, nchi yake na thamani ya hisa moja.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Jina</translation>
        </message>
        <message>
            <source>Currency (ISO code)</source>
            <translation>Sarafu (msimbo wa ISO)</translation>
        </message>
        <message>
            <source>Country (2 letters)</source>
            <translation>Nchi (herufi 2)</translation>
        </message>
        <message>
            <source>Value of one share</source>
            <translation>Thamani ya hisa moja</translation>
        </message>
        <message>
            <source>e.g. Cooperativa Minera La Esperanza</source>
            <translation>mfano: Chama cha Ushirika cha Wachimbaji Madini Mshikamano</translation>
        </message>
        <message>
            <source>Pick a currency and a country from the lists or type their codes. The value of one share is what a member pays for each share of the cooperative's capital; the bylaws say it.</source>
            <translation>Chagua sarafu na nchi kwenye orodha au andika misimbo yake. Thamani ya hisa moja ni kiasi ambacho mwanachama analipa kwa kila hisa ya mtaji wa chama; masharti ya chama yanaitaja.</translation>
        </message>
        <message>
            <source>Choose from the list or type the code</source>
            <translation>Chagua kwenye orodha au andika msimbo</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>The member register at a glance</source>
            <translation>Daftari la wanachama kwa muhtasari</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Wanachama</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Hai</translation>
        </message>
        <message>
            <source>Women among active members</source>
            <translation>Wanawake kati ya wanachama hai</translation>
        </message>
        <message>
            <source>Applicants waiting</source>
            <translation>Waombaji wanaosubiri</translation>
        </message>
        <message>
            <source>Members by status</source>
            <translation>Wanachama kwa hali</translation>
        </message>
        <message>
            <source>Current members by sex</source>
            <translation>Wanachama wa sasa kwa jinsia</translation>
        </message>
        <message>
            <source>Current members by role</source>
            <translation>Wanachama wa sasa kwa kazi</translation>
        </message>
        <message>
            <source>Current members by mining site</source>
            <translation>Wanachama wa sasa kwa eneo la uchimbaji</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Muhtasari</translation>
        </message>
        <message>
            <source>applicants, active and suspended; {n} registered in all</source>
            <translation>waombaji, hai na waliositishwa; {n} wamesajiliwa kwa jumla</translation>
        </message>
        <message>
            <source>{n} women</source>
            <translation>wanawake {n}</translation>
        </message>
        <message>
            <source>Other sites</source>
            <translation>Maeneo mengine</translation>
        </message>
    </context>
    <context>
        <name>DetailPanel</name>
        <message>
            <source>Sex</source>
            <translation>Jinsia</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Kuzaliwa</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Kazi</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Simu</translation>
        </message>
        <message>
            <source>Locality</source>
            <translation>Mahali</translation>
        </message>
        <message>
            <source>National ID</source>
            <translation>Kitambulisho cha taifa</translation>
        </message>
        <message>
            <source>Miner card</source>
            <translation>Kadi ya mchimbaji</translation>
        </message>
        <message>
            <source>Mining sites</source>
            <translation>Maeneo ya uchimbaji</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>Alijiunga</translation>
        </message>
        <message>
            <source>Payouts</source>
            <translation>Malipo</translation>
        </message>
        <message>
            <source>Successor</source>
            <translation>Mrithi</translation>
        </message>
        <message>
            <source>Last verified</source>
            <translation>Alithibitishwa mwisho</translation>
        </message>
        <message>
            <source>Shares</source>
            <translation>Hisa</translation>
        </message>
        <message>
            <source>Status history</source>
            <translation>Historia ya hali</translation>
        </message>
        <message>
            <source>Census verifications</source>
            <translation>Uthibitisho wa sensa</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Hariri…</translation>
        </message>
        <message>
            <source>Change status…</source>
            <translation>Badilisha hali…</translation>
        </message>
        <message>
            <source>Photo…</source>
            <translation>Picha…</translation>
        </message>
        <message>
            <source>Verify in census…</source>
            <translation>Thibitisha katika sensa…</translation>
        </message>
        <message>
            <source>Share operation…</source>
            <translation>Muamala wa hisa…</translation>
        </message>
        <message>
            <source>Choose a member in the list to see their details.</source>
            <translation>Chagua mwanachama kwenye orodha ili kuona taarifa zake.</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>Hakuna picha</translation>
        </message>
        <message>
            <source>Member no. {number}</source>
            <translation>Mwanachama Na. {number}</translation>
        </message>
        <message>
            <source>&lt;b style='color:{colour}'&gt;● {status}&lt;/b&gt; since {date}</source>
            <translation>&lt;b style='color:{colour}'&gt;● {status}&lt;/b&gt; tangu {date}</translation>
        </message>
        <message>
            <source>{date} ({age} years)</source>
            <translation>{date} (miaka {age})</translation>
        </message>
        <message>
            <source>{card}, valid until {date}</source>
            <translation>{card}, inatumika hadi {date}</translation>
        </message>
        <message>
            <source>never</source>
            <translation>haijawahi</translation>
        </message>
        <message>
            <source>Not yet verified in a census.</source>
            <translation>Bado hajathibitishwa katika sensa.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>hakuna</translation>
        </message>
        <message>
            <source>{shares} share(s); paid {paid} of {subscribed} {currency}</source>
            <translation>Hisa {shares}; amelipa {paid} kati ya {subscribed} {currency}</translation>
        </message>
    </context>
    <context>
        <name>DonutChart</name>
        <message>
            <source>Nothing to show yet.</source>
            <translation>Bado hakuna cha kuonyesha.</translation>
        </message>
    </context>
    <context>
        <name>EntryForm</name>
        <message>
            <source>New journal entry</source>
            <translation>Ingizo jipya la jarida</translation>
        </message>
        <message>
            <source>Draft journal entry</source>
            <translation>Rasimu ya ingizo la jarida</translation>
        </message>
        <message>
            <source>What the entry is for</source>
            <translation>Ingizo hili ni la nini</translation>
        </message>
        <message>
            <source>Receipt, invoice or voucher number</source>
            <translation>Namba ya stakabadhi, ankara au hati ya malipo</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tarehe</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Maelezo</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Kumbukumbu</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Akaunti</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Mwanachama</translation>
        </message>
        <message>
            <source>Debit</source>
            <translation>Debiti</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>Krediti</translation>
        </message>
        <message>
            <source>Memo</source>
            <translation>Dokezo</translation>
        </message>
        <message>
            <source>Add a line</source>
            <translation>Ongeza mstari</translation>
        </message>
        <message>
            <source>Remove the line</source>
            <translation>Ondoa mstari</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Ingiza kwenye leja</translation>
        </message>
        <message>
            <source>Save draft</source>
            <translation>Hifadhi rasimu</translation>
        </message>
        <message>
            <source>Delete draft</source>
            <translation>Futa rasimu</translation>
        </message>
        <message>
            <source>Your role may read the books but not record entries.</source>
            <translation>Jukumu lako linaruhusu kusoma hesabu lakini si kurekodi maingizo.</translation>
        </message>
        <message>
            <source>Only member accounts (share capital, payables to members, loans to members) name a member.</source>
            <translation>Ni akaunti za wanachama tu (mtaji wa hisa, madeni kwa wanachama, mikopo kwa wanachama) zinazomtaja mwanachama.</translation>
        </message>
        <message>
            <source>No fiscal year covers {date}; open one first.</source>
            <translation>Hakuna mwaka wa fedha unaohusu {date}; fungua mmoja kwanza.</translation>
        </message>
        <message>
            <source>The period of {date} is closed; date the entry in an open period.</source>
            <translation>Kipindi cha {date} kimefungwa; weka tarehe ya ingizo katika kipindi kilicho wazi.</translation>
        </message>
        <message>
            <source>Line {n}: {reason}</source>
            <translation>Mstari {n}: {reason}</translation>
        </message>
        <message>
            <source>Line {n}: there is no account {code} that takes entries.</source>
            <translation>Mstari {n}: hakuna akaunti {code} inayopokea maingizo.</translation>
        </message>
        <message>
            <source>Line {n}: account {code} keeps members' accounts; say which member.</source>
            <translation>Mstari {n}: akaunti {code} inatunza akaunti za wanachama; taja ni mwanachama yupi.</translation>
        </message>
        <message>
            <source>Line {n}: there is no member number {number}.</source>
            <translation>Mstari {n}: hakuna mwanachama mwenye namba {number}.</translation>
        </message>
        <message>
            <source>Debit {debit} · Credit {credit} · Difference {diff}</source>
            <translation>Debiti {debit} · Krediti {credit} · Tofauti {diff}</translation>
        </message>
        <message>
            <source>Debit {debit} · Credit {credit} · Balanced</source>
            <translation>Debiti {debit} · Krediti {credit} · Zinalingana</translation>
        </message>
        <message>
            <source>Post is possible once every line is complete and debits equal credits.</source>
            <translation>Kuingiza kwenye leja kunawezekana pale kila mstari umekamilika na debiti ni sawa na krediti.</translation>
        </message>
        <message>
            <source>Delete the draft</source>
            <translation>Futa rasimu</translation>
        </message>
        <message>
            <source>Delete this draft? It was never in the books; nothing else changes.</source>
            <translation>Futa rasimu hii? Haijawahi kuwa kwenye hesabu; hakuna kitu kingine kinachobadilika.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Futa</translation>
        </message>
    </context>
    <context>
        <name>EntryViewDialog</name>
        <message>
            <source>draft</source>
            <translation>rasimu</translation>
        </message>
        <message>
            <source>Entry {entry}</source>
            <translation>Ingizo {entry}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Entry {entry}&lt;/b&gt; of {date}</source>
            <translation>&lt;b&gt;Ingizo {entry}&lt;/b&gt; la tarehe {date}</translation>
        </message>
        <message>
            <source>Reference: {reference}</source>
            <translation>Kumbukumbu: {reference}</translation>
        </message>
        <message>
            <source>Reverses entry {entry}.</source>
            <translation>Linabatilisha ingizo {entry}.</translation>
        </message>
        <message>
            <source>Reversed by entry {entry}.</source>
            <translation>Limebatilishwa na ingizo {entry}.</translation>
        </message>
        <message>
            <source>Entered by {user}</source>
            <translation>Limeandikwa na {user}</translation>
        </message>
        <message>
            <source>, posted by {user}</source>
            <translation>, limeingizwa kwenye leja na {user}</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Akaunti</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Mwanachama</translation>
        </message>
        <message>
            <source>Debit</source>
            <translation>Debiti</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>Krediti</translation>
        </message>
        <message>
            <source>Memo</source>
            <translation>Dokezo</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Jumla</translation>
        </message>
        <message>
            <source>Scanned receipts</source>
            <translation>Stakabadhi zilizochanganuliwa</translation>
        </message>
        <message>
            <source>{file} ({size} kB, added by {user})</source>
            <translation>{file} (kB {size}, imeongezwa na {user})</translation>
        </message>
        <message>
            <source>No scanned receipt is attached.</source>
            <translation>Hakuna stakabadhi iliyochanganuliwa iliyoambatishwa.</translation>
        </message>
        <message>
            <source>Save to a file…</source>
            <translation>Hifadhi kwenye faili…</translation>
        </message>
        <message>
            <source>Save the scanned receipt</source>
            <translation>Hifadhi stakabadhi iliyochanganuliwa</translation>
        </message>
        <message>
            <source>{path} could not be written: {reason}</source>
            <translation>Haikuwezekana kuandika {path}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <source>Back up the cooperative</source>
            <translation>Tengeneza nakala rudufu ya chama</translation>
        </message>
        <message>
            <source>coopdesk files (*.coopdesk)</source>
            <translation>Faili za coopdesk (*.coopdesk)</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>Nakala rudufu imetengenezwa</translation>
        </message>
        <message>
            <source>A complete copy of the cooperative was saved to {path}.</source>
            <translation>Nakala kamili ya chama imehifadhiwa katika {path}.</translation>
        </message>
        <message>
            <source>Making the backup…</source>
            <translation>Inatengeneza nakala rudufu…</translation>
        </message>
        <message>
            <source>Verifying the audit chain…</source>
            <translation>Inahakiki mnyororo wa ukaguzi…</translation>
        </message>
        <message>
            <source>The audit chain verifies</source>
            <translation>Mnyororo wa ukaguzi uko sahihi</translation>
        </message>
        <message>
            <source>All {n} events of the audit chain verify: nothing was changed outside coopdesk.</source>
            <translation>Matukio yote {n} ya mnyororo wa ukaguzi yako sahihi: hakuna kilichobadilishwa nje ya coopdesk.</translation>
        </message>
        <message>
            <source>Head of the chain: {head}</source>
            <translation>Kichwa cha mnyororo: {head}</translation>
        </message>
        <message>
            <source>The audit chain does not verify</source>
            <translation>Mnyororo wa ukaguzi hauko sahihi</translation>
        </message>
        <message>
            <source>The audit chain does not verify.</source>
            <translation>Mnyororo wa ukaguzi hauko sahihi.</translation>
        </message>
        <message>
            <source>{n} events verified before the problem. Keep this file as it is and ask your federation or auditor for help.</source>
            <translation>Matukio {n} yamehakikiwa kabla ya tatizo. Acha faili hili kama lilivyo na uombe msaada kwa shirikisho lako au mkaguzi wako.</translation>
        </message>
        <message>
            <source>Choose the backup to restore</source>
            <translation>Chagua nakala rudufu ya kurejesha</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>Kurejesha nakala rudufu hii?</translation>
        </message>
        <message>
            <source>The cooperative {db} will be replaced by the backup {backup}. Everything recorded since that backup was made will be gone from the file (a safety copy of the current state is kept beside it).</source>
            <translation>Chama {db} kitabadilishwa na nakala rudufu {backup}. Kila kitu kilichorekodiwa tangu nakala hiyo ilipotengenezwa kitaondoka kwenye faili (nakala ya usalama ya hali ya sasa inahifadhiwa kando yake).</translation>
        </message>
        <message>
            <source>A copy of the state before the restore is at {path}.</source>
            <translation>Nakala ya hali kabla ya kurejesha iko katika {path}.</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Nakala rudufu imerejeshwa</translation>
        </message>
        <message>
            <source>The backup was restored. Log in again to continue.</source>
            <translation>Nakala rudufu imerejeshwa. Ingia tena ili kuendelea.</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>1. Choose the file</source>
            <translation>1. Chagua faili</translation>
        </message>
        <message>
            <source>A CSV or Excel (.xlsx) file with one member per row and the column names in the first row.</source>
            <translation>Faili la CSV au Excel (.xlsx) lenye mwanachama mmoja kwa kila mstari na majina ya safu kwenye mstari wa kwanza.</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Chagua faili…</translation>
        </message>
        <message>
            <source>Column names are in row</source>
            <translation>Majina ya safu yako kwenye mstari</translation>
        </message>
        <message>
            <source>Choose the file to import</source>
            <translation>Chagua faili la kuingiza</translation>
        </message>
        <message>
            <source>Tables (*.csv *.xlsx *.txt *.tsv)</source>
            <translation>Majedwali (*.csv *.xlsx *.txt *.tsv)</translation>
        </message>
        <message>
            <source>The file has column names but no rows.</source>
            <translation>Faili lina majina ya safu lakini halina mistari.</translation>
        </message>
        <message>
            <source>{rows} row(s) in {columns} column(s): {names}</source>
            <translation>Mistari {rows} katika safu {columns}: {names}</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import entries or opening balances</source>
            <translation>Ingiza maingizo au salio la kuanzia</translation>
        </message>
        <message>
            <source>Choose a file…</source>
            <translation>Chagua faili…</translation>
        </message>
        <message>
            <source>The file holds opening balances (no dates) for</source>
            <translation>Faili lina salio la kuanzia (bila tarehe) kwa</translation>
        </message>
        <message>
            <source>Columns are found by their names: date, entry, description, account, member, debit, credit, memo, reference (in English, Spanish, French or Swahili). Rows with the same entry number form one entry. A file without dates holds opening balances.</source>
            <translation>Safu zinatambuliwa kwa majina yao: date (tarehe), entry, description, account (akaunti), member (mwanachama), debit (debiti), credit (krediti), memo, reference (kwa Kiingereza, Kihispania, Kifaransa au Kiswahili). Mistari yenye namba moja ya ingizo inaunda ingizo moja. Faili lisilo na tarehe lina salio la kuanzia.</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Ingiza</translation>
        </message>
        <message>
            <source>File (Excel .xlsx or CSV)</source>
            <translation>Faili (Excel .xlsx au CSV)</translation>
        </message>
        <message>
            <source>Import entries</source>
            <translation>Ingiza maingizo</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt)</source>
            <translation>Majedwali (*.xlsx *.xlsm *.csv *.txt)</translation>
        </message>
        <message>
            <source>{count} problem(s); nothing can be imported until they are fixed in the file:</source>
            <translation>Matatizo {count}; hakuna kitakachoingizwa hadi yarekebishwe kwenye faili:</translation>
        </message>
        <message>
            <source>Opening balances: {lines} lines, one entry on the first day of {year}.</source>
            <translation>Salio la kuanzia: mistari {lines}, ingizo moja siku ya kwanza ya {year}.</translation>
        </message>
        <message>
            <source>{entries} entries from {rows} rows, all balanced.</source>
            <translation>Maingizo {entries} kutoka mistari {rows}, yote yamelingana.</translation>
        </message>
        <message>
            <source>Press Import to post them.</source>
            <translation>Bonyeza Ingiza ili kuyaingiza kwenye leja.</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>Inaingiza {file}…</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import members</source>
            <translation>Ingiza wanachama</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Ingiza</translation>
        </message>
    </context>
    <context>
        <name>JournalTableModel</name>
        <message>
            <source>Date</source>
            <translation>Tarehe</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Na.</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Maelezo</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Kumbukumbu</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Kiasi</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Hali</translation>
        </message>
        <message>
            <source>Reversal</source>
            <translation>Ubatilisho</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Chanzo</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>rasimu</translation>
        </message>
        <message>
            <source>reversed by {entry}</source>
            <translation>limebatilishwa na {entry}</translation>
        </message>
        <message>
            <source>reverses {entry}</source>
            <translation>linabatilisha {entry}</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Rasimu</translation>
        </message>
        <message>
            <source>Reversed</source>
            <translation>Limebatilishwa</translation>
        </message>
        <message>
            <source>Posted</source>
            <translation>Limeingizwa kwenye leja</translation>
        </message>
        <message>
            <source>Entered by hand</source>
            <translation>Limeandikwa kwa mkono</translation>
        </message>
        <message>
            <source>Cash book</source>
            <translation>Daftari la fedha</translation>
        </message>
        <message>
            <source>Opening balances</source>
            <translation>Salio la kuanzia</translation>
        </message>
        <message>
            <source>Year-end closing</source>
            <translation>Kufunga mwaka</translation>
        </message>
        <message>
            <source>Share register</source>
            <translation>Daftari la hisa</translation>
        </message>
        <message>
            <source>Gold purchase</source>
            <translation>Ununuzi wa dhahabu</translation>
        </message>
        <message>
            <source>Gold sale</source>
            <translation>Mauzo ya dhahabu</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Limeingizwa kutoka faili</translation>
        </message>
        <message>
            <source>{source} no. {number}</source>
            <translation>{source} Na. {number}</translation>
        </message>
        <message>
            <source>Cash book: {kind}</source>
            <translation>Daftari la fedha: {kind}</translation>
        </message>
        <message>
            <source>{count} scanned receipt(s) attached</source>
            <translation>Stakabadhi {count} zilizochanganuliwa zimeambatishwa</translation>
        </message>
        <message>
            <source>A draft: not in the books until it is posted.</source>
            <translation>Rasimu: haimo kwenye hesabu hadi itakapoingizwa kwenye leja.</translation>
        </message>
        <message>
            <source>Double-click to see the lines.</source>
            <translation>Bofya mara mbili kuona mistari.</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>Language</source>
            <translation>Lugha</translation>
        </message>
        <message>
            <source>The language of coopdesk's windows and documents.</source>
            <translation>Lugha ya madirisha na nyaraka za coopdesk.</translation>
        </message>
        <message>
            <source>Choose the language you read best. You can change it later in Settings.</source>
            <translation>Chagua lugha unayosoma vizuri zaidi. Unaweza kuibadilisha baadaye katika Mipangilio.</translation>
        </message>
    </context>
    <context>
        <name>Launcher</name>
        <message>
            <source>Where this file is kept is risky</source>
            <translation>Mahali faili hili linapohifadhiwa si salama</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>coopdesk is locked</source>
            <translation>coopdesk imefungwa</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Fungua</translation>
        </message>
        <message>
            <source>Switch user</source>
            <translation>Badilisha mtumiaji</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Jina la mtumiaji</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Nenosiri</translation>
        </message>
        <message>
            <source>Locked after {n} minutes without use. Enter the password of {user} to go on.</source>
            <translation>Imefungwa baada ya dakika {n} bila kutumika. Weka nenosiri la {user} ili kuendelea.</translation>
        </message>
        <message>
            <source>Enter the password of {user} to go on.</source>
            <translation>Weka nenosiri la {user} ili kuendelea.</translation>
        </message>
        <message>
            <source>Log in as another user. The pages will show what their roles allow.</source>
            <translation>Ingia kama mtumiaji mwingine. Kurasa zitaonyesha kile ambacho majukumu yake yanaruhusu.</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Log in — coopdesk</source>
            <translation>Ingia — coopdesk</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Jina la mtumiaji</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Nenosiri</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>Ingia</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Ghairi</translation>
        </message>
    </context>
    <context>
        <name>LotDialog</name>
        <message>
            <source>Record a production lot</source>
            <translation>Rekodi loti ya uzalishaji</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tarehe</translation>
        </message>
        <message>
            <source>A member</source>
            <translation>Mwanachama</translation>
        </message>
        <message>
            <source>A work group</source>
            <translation>Kikundi cha kazi</translation>
        </message>
        <message>
            <source>Produced by</source>
            <translation>Imezalishwa na</translation>
        </message>
        <message>
            <source>Member no.</source>
            <translation>Mwanachama Na.</translation>
        </message>
        <message>
            <source>e.g. Tunnel 3 crew</source>
            <translation>mfano: Timu ya handaki 3</translation>
        </message>
        <message>
            <source>Work group</source>
            <translation>Kikundi cha kazi</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Kazi</translation>
        </message>
        <message>
            <source>miner(s) for</source>
            <translation>wachimbaji kwa</translation>
        </message>
        <message>
            <source>day(s)</source>
            <translation>siku</translation>
        </message>
        <message>
            <source>(no site)</source>
            <translation>(hakuna eneo)</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Eneo</translation>
        </message>
        <message>
            <source>Mineral</source>
            <translation>Madini</translation>
        </message>
        <message>
            <source>e.g. 12.5</source>
            <translation>mfano: 12.5</translation>
        </message>
        <message>
            <source>Weight (grams)</source>
            <translation>Uzito (gramu)</translation>
        </message>
        <message>
            <source>e.g. 916 or 999.9</source>
            <translation>mfano: 916 au 999.9</translation>
        </message>
        <message>
            <source>Fineness (per mille)</source>
            <translation>Usafi (kwa elfu, ‰)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Maelezo</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Rekodi</translation>
        </message>
        <message>
            <source>(no such member)</source>
            <translation>(hakuna mwanachama huyo)</translation>
        </message>
        <message>
            <source>Fine metal: {grams} g</source>
            <translation>Metali safi: {grams} g</translation>
        </message>
        <message>
            <source>{grams} g per miner per day</source>
            <translation>{grams} g kwa mchimbaji kwa siku</translation>
        </message>
        <message>
            <source>above the Fairmined limit of {limit} g: check the weight, the miners and the days</source>
            <translation>juu ya kikomo cha Fairmined cha {limit} g: kagua uzito, wachimbaji na siku</translation>
        </message>
        <message>
            <source>Type the weight in grams, e.g. 12.5</source>
            <translation>Andika uzito kwa gramu, mfano 12.5</translation>
        </message>
        <message>
            <source>Type the fineness in per mille, e.g. 916</source>
            <translation>Andika usafi kwa elfu (‰), mfano 916</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Faili</translation>
        </message>
        <message>
            <source>&amp;New cooperative…</source>
            <translation>&amp;Chama kipya…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Fungua…</translation>
        </message>
        <message>
            <source>&amp;Back up now…</source>
            <translation>Tengeneza &amp;nakala rudufu sasa…</translation>
        </message>
        <message>
            <source>&amp;Verify the audit chain</source>
            <translation>&amp;Hakiki mnyororo wa ukaguzi</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>Fun&amp;ga</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Toka</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Msaada</translation>
        </message>
        <message>
            <source>&amp;About coopdesk</source>
            <translation>&amp;Kuhusu coopdesk</translation>
        </message>
        <message>
            <source>{name} — coopdesk</source>
            <translation>{name} — coopdesk</translation>
        </message>
        <message>
            <source>{user} ({roles})</source>
            <translation>{user} ({roles})</translation>
        </message>
        <message>
            <source>Audit chain #{seq} · {head}</source>
            <translation>Mnyororo wa ukaguzi #{seq} · {head}</translation>
        </message>
        <message>
            <source>About coopdesk</source>
            <translation>Kuhusu coopdesk</translation>
        </message>
        <message>
            <source>coopdesk {version}</source>
            <translation>coopdesk {version}</translation>
        </message>
        <message>
            <source>Governance and finance for artisanal and small-scale miners' cooperatives. Free software under the GNU GPL, version 3 or later.</source>
            <translation>Uongozi na fedha kwa vyama vya ushirika vya wachimbaji wadogo wa madini. Programu huria chini ya GNU GPL, toleo la 3 au la baadaye.</translation>
        </message>
        <message>
            <source>The scheduled backup failed: {reason}</source>
            <translation>Nakala rudufu iliyopangwa imeshindikana: {reason}</translation>
        </message>
        <message>
            <source>Backup made: {path}</source>
            <translation>Nakala rudufu imetengenezwa: {path}</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>2. Which column holds what</source>
            <translation>2. Kila safu ina nini</translation>
        </message>
        <message>
            <source>coopdesk guessed from the column names; check each line. Fields marked * are needed (a full name can stand in for first and last names).</source>
            <translation>coopdesk imekisia kutokana na majina ya safu; kagua kila mstari. Sehemu zenye alama * zinahitajika (jina kamili linaweza kutumika badala ya majina ya kwanza na ya ukoo).</translation>
        </message>
        <message>
            <source>— not imported —</source>
            <translation>— haiingizwi —</translation>
        </message>
        <message>
            <source>Choose a column for: {fields}.</source>
            <translation>Chagua safu kwa ajili ya: {fields}.</translation>
        </message>
        <message>
            <source>The column '{column}' is chosen for {fields}; choose one column for each field.</source>
            <translation>Safu '{column}' imechaguliwa kwa {fields}; chagua safu moja kwa kila sehemu.</translation>
        </message>
        <message>
            <source>e.g. {value}</source>
            <translation>mfano: {value}</translation>
        </message>
    </context>
    <context>
        <name>MemberChooser</name>
        <message>
            <source>number or name</source>
            <translation>namba au jina</translation>
        </message>
    </context>
    <context>
        <name>MemberFormDialog</name>
        <message>
            <source>This file is not a picture coopdesk can read; choose a PNG or JPEG photo.</source>
            <translation>Faili hili si picha ambayo coopdesk inaweza kusoma; chagua picha ya PNG au JPEG.</translation>
        </message>
        <message>
            <source>The photo could not be converted: {reason}</source>
            <translation>Picha haikuweza kubadilishwa: {reason}</translation>
        </message>
        <message>
            <source>Choose a photo</source>
            <translation>Chagua picha</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg)</source>
            <translation>Picha (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>New member</source>
            <translation>Mwanachama mpya</translation>
        </message>
        <message>
            <source>Member no. {number}: {name}</source>
            <translation>Mwanachama Na. {number}: {name}</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Utambulisho</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Kazi</translation>
        </message>
        <message>
            <source>Successor and payouts</source>
            <translation>Mrithi na malipo</translation>
        </message>
        <message>
            <source>Consents and notes</source>
            <translation>Ridhaa na maelezo</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Sajili</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Hifadhi</translation>
        </message>
        <message>
            <source>Woman</source>
            <translation>Mwanamke</translation>
        </message>
        <message>
            <source>Man</source>
            <translation>Mwanaume</translation>
        </message>
        <message>
            <source>Photo…</source>
            <translation>Picha…</translation>
        </message>
        <message>
            <source>Remove photo</source>
            <translation>Ondoa picha</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— chagua —</translation>
        </message>
        <message>
            <source>No mining sites yet: add them with Sites… on the Members page.</source>
            <translation>Bado hakuna maeneo ya uchimbaji: yaongeze kwa Maeneo… kwenye ukurasa wa Wanachama.</translation>
        </message>
        <message>
            <source>Starts as</source>
            <translation>Anaanza kama</translation>
        </message>
        <message>
            <source>Choose woman or man.</source>
            <translation>Chagua mwanamke au mwanaume.</translation>
        </message>
        <message>
            <source>Choose the member's role.</source>
            <translation>Chagua kazi ya mwanachama.</translation>
        </message>
        <message>
            <source>Still to fill in: {fields}.</source>
            <translation>Bado hujajaza: {fields}.</translation>
        </message>
        <message>
            <source>Correct the fields marked in red to save.</source>
            <translation>Sahihisha sehemu zilizowekwa alama nyekundu ili kuhifadhi.</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>Hakuna picha</translation>
        </message>
    </context>
    <context>
        <name>MemberTableModel</name>
        <message>
            <source>No.</source>
            <translation>Na.</translation>
        </message>
        <message>
            <source>Last names</source>
            <translation>Majina ya ukoo</translation>
        </message>
        <message>
            <source>First names</source>
            <translation>Majina ya kwanza</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Jinsia</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Kuzaliwa</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Kazi</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Hali</translation>
        </message>
        <message>
            <source>Locality</source>
            <translation>Mahali</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Simu</translation>
        </message>
        <message>
            <source>National ID</source>
            <translation>Kitambulisho</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>Alijiunga</translation>
        </message>
    </context>
    <context>
        <name>MembersPage</name>
        <message>
            <source>Members</source>
            <translation>Wanachama</translation>
        </message>
        <message>
            <source>Search: name, number, ID, phone, place…</source>
            <translation>Tafuta: jina, namba, kitambulisho, simu, mahali…</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Hali zote</translation>
        </message>
        <message>
            <source>Women and men</source>
            <translation>Wanawake na wanaume</translation>
        </message>
        <message>
            <source>All roles</source>
            <translation>Kazi zote</translation>
        </message>
        <message>
            <source>New member…</source>
            <translation>Mwanachama mpya…</translation>
        </message>
        <message>
            <source>Register a new member (Ctrl+N)</source>
            <translation>Sajili mwanachama mpya (Ctrl+N)</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Ingiza…</translation>
        </message>
        <message>
            <source>Import members from a CSV or Excel file</source>
            <translation>Ingiza wanachama kutoka faili la CSV au Excel</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Hamisha PDF…</translation>
        </message>
        <message>
            <source>Export Excel…</source>
            <translation>Hamisha Excel…</translation>
        </message>
        <message>
            <source>Member cards…</source>
            <translation>Kadi za wanachama…</translation>
        </message>
        <message>
            <source>Cards for the selected members</source>
            <translation>Kadi za wanachama waliochaguliwa</translation>
        </message>
        <message>
            <source>Cards for all active members</source>
            <translation>Kadi za wanachama wote walio hai</translation>
        </message>
        <message>
            <source>Share register…</source>
            <translation>Daftari la hisa…</translation>
        </message>
        <message>
            <source>Sites…</source>
            <translation>Maeneo…</translation>
        </message>
        <message>
            <source>All sites</source>
            <translation>Maeneo yote</translation>
        </message>
        <message>
            <source>1 member</source>
            <translation>Mwanachama 1</translation>
        </message>
        <message>
            <source>{count} members</source>
            <translation>Wanachama {count}</translation>
        </message>
        <message>
            <source>Your role may not change the member register.</source>
            <translation>Jukumu lako haliruhusu kubadilisha daftari la wanachama.</translation>
        </message>
        <message>
            <source>Member no. {number} registered.</source>
            <translation>Mwanachama Na. {number} amesajiliwa.</translation>
        </message>
        <message>
            <source>Member no. {number} saved.</source>
            <translation>Taarifa za mwanachama Na. {number} zimehifadhiwa.</translation>
        </message>
        <message>
            <source>The status of member no. {number} was changed.</source>
            <translation>Hali ya mwanachama Na. {number} imebadilishwa.</translation>
        </message>
        <message>
            <source>{count} member(s) verified in the census.</source>
            <translation>Wanachama {count} wamethibitishwa katika sensa.</translation>
        </message>
        <message>
            <source>{count} member(s) imported.</source>
            <translation>Wanachama {count} wameingizwa.</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Excel (*.xlsx)</source>
            <translation>Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export the member register</source>
            <translation>Hamisha daftari la wanachama</translation>
        </message>
        <message>
            <source>member-register</source>
            <translation>daftari-wanachama</translation>
        </message>
        <message>
            <source>Writing the member register…</source>
            <translation>Inaandika daftari la wanachama…</translation>
        </message>
        <message>
            <source>Print member cards</source>
            <translation>Chapisha kadi za wanachama</translation>
        </message>
        <message>
            <source>member-cards</source>
            <translation>kadi-wanachama</translation>
        </message>
        <message>
            <source>Making member cards…</source>
            <translation>Inatengeneza kadi za wanachama…</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Imehifadhiwa: {path}</translation>
        </message>
    </context>
    <context>
        <name>NewCooperativeWizard</name>
        <message>
            <source>New cooperative — coopdesk</source>
            <translation>Chama kipya — coopdesk</translation>
        </message>
        <message>
            <source>&lt; Back</source>
            <translation>&lt; Nyuma</translation>
        </message>
        <message>
            <source>Next &gt;</source>
            <translation>Mbele &gt;</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Unda</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Ghairi</translation>
        </message>
    </context>
    <context>
        <name>OpenDialog</name>
        <message>
            <source>Open a cooperative — coopdesk</source>
            <translation>Fungua chama — coopdesk</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Fungua</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Ghairi</translation>
        </message>
    </context>
    <context>
        <name>OpenYearDialog</name>
        <message>
            <source>Open a fiscal year</source>
            <translation>Fungua mwaka wa fedha</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Jina</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Siku ya kwanza</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Siku ya mwisho</translation>
        </message>
        <message>
            <source>Open the year</source>
            <translation>Fungua mwaka</translation>
        </message>
        <message>
            <source>Entries can be posted on any day of an open fiscal year. Each month of the year becomes a period that can be closed once its books are checked.</source>
            <translation>Maingizo yanaweza kuingizwa kwenye leja siku yoyote ya mwaka wa fedha ulio wazi. Kila mwezi wa mwaka unakuwa kipindi kinachoweza kufungwa baada ya hesabu zake kukaguliwa.</translation>
        </message>
    </context>
    <context>
        <name>PeriodBar</name>
        <message>
            <source>This month</source>
            <translation>Mwezi huu</translation>
        </message>
        <message>
            <source>This fiscal year</source>
            <translation>Mwaka huu wa fedha</translation>
        </message>
        <message>
            <source>Last fiscal year</source>
            <translation>Mwaka wa fedha uliopita</translation>
        </message>
        <message>
            <source>Other dates</source>
            <translation>Tarehe nyingine</translation>
        </message>
        <message>
            <source>from</source>
            <translation>kuanzia</translation>
        </message>
        <message>
            <source>to</source>
            <translation>hadi</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>3. Check the rows</source>
            <translation>3. Kagua mistari</translation>
        </message>
        <message>
            <source>Nothing has been written yet. Rows with problems are listed below; correct them in the file and check again, or import only the valid rows.</source>
            <translation>Bado hakuna kilichoandikwa. Mistari yenye matatizo imeorodheshwa hapa chini; isahihishe kwenye faili kisha ukague tena, au ingiza mistari sahihi tu.</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Mstari</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Sehemu</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Tatizo</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Kagua tena</translation>
        </message>
        <message>
            <source>Checking {rows} row(s)…</source>
            <translation>Inakagua mistari {rows}…</translation>
        </message>
        <message>
            <source>Checking the rows…</source>
            <translation>Inakagua mistari…</translation>
        </message>
        <message>
            <source>The rows could not be checked: {error}</source>
            <translation>Mistari haikuweza kukaguliwa: {error}</translation>
        </message>
        <message>
            <source>{valid} row(s) ready to import · {invalid} with problems · {duplicates} already registered (will be skipped)</source>
            <translation>Mistari {valid} iko tayari kuingizwa · {invalid} yenye matatizo · {duplicates} tayari imesajiliwa (itarukwa)</translation>
        </message>
        <message>
            <source>This same file ({name}) was already imported. Rows already in the register will be skipped.</source>
            <translation>Faili hili hili ({name}) liliingizwa tayari. Mistari ambayo tayari iko kwenye daftari itarukwa.</translation>
        </message>
        <message>
            <source>Only the first {shown} of {count} problems are listed.</source>
            <translation>Matatizo {shown} ya kwanza tu kati ya {count} ndiyo yameorodheshwa.</translation>
        </message>
        <message>
            <source>Import all rows</source>
            <translation>Ingiza mistari yote</translation>
        </message>
        <message>
            <source>Import only the {count} valid row(s)</source>
            <translation>Ingiza mistari {count} sahihi tu</translation>
        </message>
        <message>
            <source>There is no new member to import.</source>
            <translation>Hakuna mwanachama mpya wa kuingiza.</translation>
        </message>
    </context>
    <context>
        <name>ProductionPage</name>
        <message>
            <source>Production and sales</source>
            <translation>Uzalishaji na mauzo</translation>
        </message>
        <message>
            <source>Record lot…</source>
            <translation>Rekodi loti…</translation>
        </message>
        <message>
            <source>Buy from member…</source>
            <translation>Nunua kutoka kwa mwanachama…</translation>
        </message>
        <message>
            <source>Record sale…</source>
            <translation>Rekodi mauzo…</translation>
        </message>
        <message>
            <source>Lots</source>
            <translation>Loti</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>Manunuzi</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Mauzo</translation>
        </message>
        <message>
            <source>Grams per miner per day</source>
            <translation>Gramu kwa mchimbaji kwa siku</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tarehe</translation>
        </message>
        <message>
            <source>Lot</source>
            <translation>Loti</translation>
        </message>
        <message>
            <source>Member or work group</source>
            <translation>Mwanachama au kikundi cha kazi</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Eneo</translation>
        </message>
        <message>
            <source>Mineral</source>
            <translation>Madini</translation>
        </message>
        <message>
            <source>Miners × days</source>
            <translation>Wachimbaji × siku</translation>
        </message>
        <message>
            <source>Grams</source>
            <translation>Gramu</translation>
        </message>
        <message>
            <source>Fineness ‰</source>
            <translation>Usafi ‰</translation>
        </message>
        <message>
            <source>Fine grams</source>
            <translation>Gramu safi</translation>
        </message>
        <message>
            <source>Sold (g)</source>
            <translation>Zilizouzwa (g)</translation>
        </message>
        <message>
            <source>Left (g)</source>
            <translation>Zilizobaki (g)</translation>
        </message>
        <message>
            <source>Bought</source>
            <translation>Imenunuliwa</translation>
        </message>
        <message>
            <source>no. {number}</source>
            <translation>Na. {number}</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Na.</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Mwanachama</translation>
        </message>
        <message>
            <source>Price per fine gram</source>
            <translation>Bei kwa gramu safi</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Kiasi</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Maelezo</translation>
        </message>
        <message>
            <source>reversed</source>
            <translation>imebatilishwa</translation>
        </message>
        <message>
            <source>lot {lot}: {grams} g</source>
            <translation>loti {lot}: {grams} g</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>Mnunuzi</translation>
        </message>
        <message>
            <source>Premium</source>
            <translation>Malipo ya ziada ya Fairmined</translation>
        </message>
        <message>
            <source>Miner-days</source>
            <translation>Siku za wachimbaji</translation>
        </message>
        <message>
            <source>Lots above the limit</source>
            <translation>Loti zilizozidi kikomo</translation>
        </message>
        <message>
            <source>{grams} g per miner per day: above the Fairmined limit of {limit} g</source>
            <translation>{grams} g kwa mchimbaji kwa siku: juu ya kikomo cha Fairmined cha {limit} g</translation>
        </message>
        <message>
            <source>Above the Fairmined limit of {limit} g per miner per day</source>
            <translation>Juu ya kikomo cha Fairmined cha {limit} g kwa mchimbaji kwa siku</translation>
        </message>
        <message>
            <source>{lots} lot(s), {grams} g produced · bought {bought} g for {paid} {currency} · sold {sold} g for {sales} {currency}, premium {premium} {currency}</source>
            <translation>Loti {lots}, {grams} g zimezalishwa · zimenunuliwa {bought} g kwa {paid} {currency} · zimeuzwa {sold} g kwa {sales} {currency}, malipo ya ziada ya Fairmined {premium} {currency}</translation>
        </message>
        <message>
            <source>Grams of each member or work group divided by the miners and days of its lots. The Fairmined Standard allows at most {limit} g of gold per miner per day.</source>
            <translation>Gramu za kila mwanachama au kikundi cha kazi zimegawanywa kwa idadi ya wachimbaji na siku za loti zake. Kiwango cha Fairmined kinaruhusu si zaidi ya {limit} g za dhahabu kwa mchimbaji kwa siku.</translation>
        </message>
        <message>
            <source>{count} producer(s) above the limit, highlighted.</source>
            <translation>Wazalishaji {count} wamezidi kikomo, wameangaziwa.</translation>
        </message>
        <message>
            <source>Record what a member or a work group brought out</source>
            <translation>Rekodi madini yaliyotolewa na mwanachama au kikundi cha kazi</translation>
        </message>
        <message>
            <source>Your role may not record production.</source>
            <translation>Jukumu lako haliruhusu kurekodi uzalishaji.</translation>
        </message>
        <message>
            <source>The cooperative buys a member's lot and pays them</source>
            <translation>Chama kinanunua loti ya mwanachama na kumlipa</translation>
        </message>
        <message>
            <source>Sell lots to a buyer; the premium is booked apart</source>
            <translation>Uza loti kwa mnunuzi; malipo ya ziada ya Fairmined yanarekodiwa kando</translation>
        </message>
        <message>
            <source>Your role may not record purchases and sales: it needs the rights to record production and journal entries.</source>
            <translation>Jukumu lako haliruhusu kurekodi manunuzi na mauzo: linahitaji haki za kurekodi uzalishaji na maingizo ya jarida.</translation>
        </message>
        <message>
            <source>Lot {number} recorded.</source>
            <translation>Loti {number} imerekodiwa.</translation>
        </message>
        <message>
            <source>Purchase {number} recorded and posted to the books.</source>
            <translation>Ununuzi {number} umerekodiwa na kuingizwa kwenye leja.</translation>
        </message>
        <message>
            <source>Sale {number} recorded and posted to the books.</source>
            <translation>Mauzo {number} yamerekodiwa na kuingizwa kwenye leja.</translation>
        </message>
    </context>
    <context>
        <name>PurchaseDialog</name>
        <message>
            <source>Buy gold from a member</source>
            <translation>Nunua dhahabu kutoka kwa mwanachama</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tarehe</translation>
        </message>
        <message>
            <source>Member no.</source>
            <translation>Mwanachama Na.</translation>
        </message>
        <message>
            <source>Lot</source>
            <translation>Loti</translation>
        </message>
        <message>
            <source>e.g. 12.5</source>
            <translation>mfano: 12.5</translation>
        </message>
        <message>
            <source>e.g. 916</source>
            <translation>mfano: 916</translation>
        </message>
        <message>
            <source>g at</source>
            <translation>g, usafi</translation>
        </message>
        <message>
            <source>per mille</source>
            <translation>kwa elfu (‰)</translation>
        </message>
        <message>
            <source>Weighed here</source>
            <translation>Imepimwa hapa</translation>
        </message>
        <message>
            <source>Price per fine gram</source>
            <translation>Bei kwa gramu safi</translation>
        </message>
        <message>
            <source>Paid from: {place}</source>
            <translation>Imelipwa kutoka: {place}</translation>
        </message>
        <message>
            <source>Not paid yet: owed to the member</source>
            <translation>Bado haijalipwa: ni deni kwa mwanachama</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Malipo</translation>
        </message>
        <message>
            <source>Buy</source>
            <translation>Nunua</translation>
        </message>
        <message>
            <source>(no such member)</source>
            <translation>(hakuna mwanachama huyo)</translation>
        </message>
        <message>
            <source>Lot {lot} of {date}: {grams} g at {fineness} per mille</source>
            <translation>Loti {lot} ya tarehe {date}: {grams} g, usafi {fineness} kwa elfu</translation>
        </message>
        <message>
            <source>No lot: weighed here</source>
            <translation>Hakuna loti: imepimwa hapa</translation>
        </message>
        <message>
            <source>Fine metal: {grams} g</source>
            <translation>Metali safi: {grams} g</translation>
        </message>
        <message>
            <source>To pay: {amount} {currency}</source>
            <translation>Kiasi cha kulipa: {amount} {currency}</translation>
        </message>
        <message>
            <source>Type the price of a fine gram.</source>
            <translation>Andika bei ya gramu moja safi.</translation>
        </message>
        <message>
            <source>Type the weight in grams and the fineness in per mille.</source>
            <translation>Andika uzito kwa gramu na usafi kwa elfu (‰).</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Reports</source>
            <translation>Ripoti</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Ripoti</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Kipindi</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Akaunti</translation>
        </message>
        <message>
            <source>Member no.</source>
            <translation>Mwanachama Na.</translation>
        </message>
        <message>
            <source>Type a code or choose</source>
            <translation>Andika msimbo au chagua</translation>
        </message>
        <message>
            <source>Compare with the previous period</source>
            <translation>Linganisha na kipindi kilichopita</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Onyesho la awali</translation>
        </message>
        <message>
            <source>Show the report here (the first {rows} rows of each table)</source>
            <translation>Onyesha ripoti hapa (mistari {rows} ya kwanza ya kila jedwali)</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Hamisha PDF…</translation>
        </message>
        <message>
            <source>Export Excel…</source>
            <translation>Hamisha Excel…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Hamisha CSV…</translation>
        </message>
        <message>
            <source>Choose a report and its period, then press Preview to see it here, or export it as PDF, Excel or CSV.</source>
            <translation>Chagua ripoti na kipindi chake, kisha bonyeza Hakiki kuiona hapa, au uihamishe kama PDF, Excel au CSV.</translation>
        </message>
        <message>
            <source>at</source>
            <translation>tarehe</translation>
        </message>
        <message>
            <source>to</source>
            <translation>hadi</translation>
        </message>
        <message>
            <source>(no such member)</source>
            <translation>(hakuna mwanachama huyo)</translation>
        </message>
        <message>
            <source>The preview may be out of date: press Preview to see the report again.</source>
            <translation>Onyesho la awali huenda limepitwa na wakati: bonyeza Onyesho la awali ili kuona ripoti tena.</translation>
        </message>
        <message>
            <source>Building the {report}…</source>
            <translation>Inatengeneza {report}…</translation>
        </message>
        <message>
            <source>{report}: preview ready.</source>
            <translation>{report}: onyesho la awali liko tayari.</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Excel (*.xlsx)</source>
            <translation>Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export the {report}</source>
            <translation>Hamisha {report}</translation>
        </message>
        <message>
            <source>Writing {path}…</source>
            <translation>Inaandika {path}…</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Imehifadhiwa: {path}</translation>
        </message>
        <message>
            <source>Cancelled; nothing was written.</source>
            <translation>Imeghairiwa; hakuna kilichoandikwa.</translation>
        </message>
    </context>
    <context>
        <name>ResultPage</name>
        <message>
            <source>4. Import</source>
            <translation>4. Ingiza</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Inaingiza…</translation>
        </message>
        <message>
            <source>Importing members…</source>
            <translation>Inaingiza wanachama…</translation>
        </message>
        <message>
            <source>{count} member(s) registered.</source>
            <translation>Wanachama {count} wamesajiliwa.</translation>
        </message>
        <message>
            <source>Member numbers {first} to {last}.</source>
            <translation>Namba za wanachama {first} hadi {last}.</translation>
        </message>
        <message>
            <source>{count} row(s) skipped: already in the register.</source>
            <translation>Mistari {count} imerukwa: tayari iko kwenye daftari.</translation>
        </message>
        <message>
            <source>{count} row(s) with problems left out.</source>
            <translation>Mistari {count} yenye matatizo imeachwa.</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>Hakuna kilichoingizwa.</translation>
        </message>
    </context>
    <context>
        <name>ReverseDialog</name>
        <message>
            <source>Reverse entry {entry}</source>
            <translation>Batilisha ingizo {entry}</translation>
        </message>
        <message>
            <source>Why the entry was wrong</source>
            <translation>Kwa nini ingizo lilikuwa na kosa</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Sababu</translation>
        </message>
        <message>
            <source>Date of the reversal</source>
            <translation>Tarehe ya ingizo la kubatilisha</translation>
        </message>
        <message>
            <source>Post the reversal</source>
            <translation>Ingiza ingizo la kubatilisha kwenye leja</translation>
        </message>
        <message>
            <source>&lt;b&gt;Entry {entry}&lt;/b&gt; of {date}: {description} ({amount})</source>
            <translation>&lt;b&gt;Ingizo {entry}&lt;/b&gt; la tarehe {date}: {description} ({amount})</translation>
        </message>
        <message>
            <source>A reversal posts the mirror image of this entry (every debit becomes a credit), linked to it. The original stays in the books as it was.</source>
            <translation>Ingizo la kubatilisha linaingiza kwenye leja kinyume cha ingizo hili (kila debiti inakuwa krediti), likiwa limeunganishwa nalo. Ingizo la asili linabaki kwenye hesabu kama lilivyokuwa.</translation>
        </message>
    </context>
    <context>
        <name>SaleDialog</name>
        <message>
            <source>Record a sale</source>
            <translation>Rekodi mauzo</translation>
        </message>
        <message>
            <source>Who buys: a refinery, a trader…</source>
            <translation>Anayenunua: kiwanda cha kusafisha dhahabu, mfanyabiashara…</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>Mnunuzi</translation>
        </message>
        <message>
            <source>invoice or contract no.</source>
            <translation>na. ya ankara au mkataba</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tarehe</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Kumbukumbu</translation>
        </message>
        <message>
            <source>Mineral</source>
            <translation>Madini</translation>
        </message>
        <message>
            <source>Lot</source>
            <translation>Loti</translation>
        </message>
        <message>
            <source>Member or work group</source>
            <translation>Mwanachama au kikundi cha kazi</translation>
        </message>
        <message>
            <source>Fineness ‰</source>
            <translation>Usafi ‰</translation>
        </message>
        <message>
            <source>Grams left</source>
            <translation>Gramu zilizobaki</translation>
        </message>
        <message>
            <source>Grams to sell</source>
            <translation>Gramu za kuuza</translation>
        </message>
        <message>
            <source>Price per fine gram</source>
            <translation>Bei kwa gramu safi</translation>
        </message>
        <message>
            <source>{currency} per fine gram</source>
            <translation>{currency} kwa gramu safi</translation>
        </message>
        <message>
            <source>{currency} in all</source>
            <translation>{currency} kwa jumla</translation>
        </message>
        <message>
            <source>Fairmined premium</source>
            <translation>Malipo ya ziada ya Fairmined</translation>
        </message>
        <message>
            <source>Paid into: {place}</source>
            <translation>Imelipwa kwenye: {place}</translation>
        </message>
        <message>
            <source>Not paid yet: the buyer owes it</source>
            <translation>Bado haijalipwa: mnunuzi anadaiwa</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Malipo</translation>
        </message>
        <message>
            <source>Record the sale</source>
            <translation>Rekodi mauzo</translation>
        </message>
        <message>
            <source>Lots still to sell: tick a lot to sell all that is left of it, or type the grams to take.</source>
            <translation>Loti ambazo bado hazijauzwa: weka alama kwenye loti ili kuuza kiasi chote kilichobaki, au andika gramu za kuchukua.</translation>
        </message>
        <message>
            <source>Grams to take from this lot</source>
            <translation>Gramu za kuchukua kutoka loti hii</translation>
        </message>
        <message>
            <source>No lot of this mineral is waiting to be sold. Record lots first.</source>
            <translation>Hakuna loti ya madini haya inayosubiri kuuzwa. Rekodi loti kwanza.</translation>
        </message>
        <message>
            <source>Lot {lot}: '{text}' is not a weight.</source>
            <translation>Loti {lot}: '{text}' si uzito.</translation>
        </message>
        <message>
            <source>Lot {lot} has {left} g left, not {grams} g.</source>
            <translation>Loti {lot} imebaki na {left} g, si {grams} g.</translation>
        </message>
        <message>
            <source>Lots</source>
            <translation>Loti</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Uzito</translation>
        </message>
        <message>
            <source>Fine metal</source>
            <translation>Metali safi</translation>
        </message>
        <message>
            <source>Amount for the metal</source>
            <translation>Kiasi cha metali</translation>
        </message>
        <message>
            <source>Fairmined premium, apart</source>
            <translation>Malipo ya ziada ya Fairmined, kando</translation>
        </message>
        <message>
            <source>The buyer pays</source>
            <translation>Mnunuzi analipa</translation>
        </message>
        <message>
            <source>Take grams from at least one lot.</source>
            <translation>Chukua gramu kutoka angalau loti moja.</translation>
        </message>
        <message>
            <source>Type the price of a fine gram.</source>
            <translation>Andika bei ya gramu moja safi.</translation>
        </message>
        <message>
            <source>Type the premium as an amount, or leave it empty.</source>
            <translation>Andika malipo ya ziada ya Fairmined kama kiasi, au yaache wazi.</translation>
        </message>
    </context>
    <context>
        <name>SavePage</name>
        <message>
            <source>Where to keep it</source>
            <translation>Mahali pa kulihifadhi</translation>
        </message>
        <message>
            <source>Keep the file on this computer's own disk, not on a network share or in a synced folder.</source>
            <translation>Hifadhi faili kwenye diski ya kompyuta hii yenyewe, si kwenye folda ya mtandao wala kwenye folda inayosawazishwa.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>Mipangilio</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Lugha</translation>
        </message>
        <message>
            <source>A new language applies the next time coopdesk starts.</source>
            <translation>Lugha mpya itatumika coopdesk itakapofunguliwa tena.</translation>
        </message>
        <message>
            <source>The cooperative</source>
            <translation>Chama cha ushirika</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Jina</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Sarafu</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Nchi</translation>
        </message>
        <message>
            <source>Value of one share</source>
            <translation>Thamani ya hisa moja</translation>
        </message>
        <message>
            <source>Minimum age of a member</source>
            <translation>Umri wa chini wa mwanachama</translation>
        </message>
        <message>
            <source>Lock the window after</source>
            <translation>Funga dirisha baada ya</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Watumiaji</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Jina la mtumiaji</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Jina kamili</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Majukumu</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Hai</translation>
        </message>
        <message>
            <source>Add user…</source>
            <translation>Ongeza mtumiaji…</translation>
        </message>
        <message>
            <source>The cooperative file</source>
            <translation>Faili la chama</translation>
        </message>
        <message>
            <source>Back up now…</source>
            <translation>Tengeneza nakala rudufu sasa…</translation>
        </message>
        <message>
            <source>Restore a backup…</source>
            <translation>Rejesha nakala rudufu…</translation>
        </message>
        <message>
            <source>Verify the audit chain</source>
            <translation>Hakiki mnyororo wa ukaguzi</translation>
        </message>
        <message>
            <source>coopdesk also keeps a copy beside the file every day (the last ten are kept).</source>
            <translation>coopdesk pia huhifadhi nakala kando ya faili kila siku (kumi za mwisho hubaki).</translation>
        </message>
        <message>
            <source>{n} years</source>
            <translation>miaka {n}</translation>
        </message>
        <message>
            <source>{n} minutes without use</source>
            <translation>dakika {n} bila kutumika</translation>
        </message>
        <message>
            <source>never</source>
            <translation>kamwe</translation>
        </message>
        <message>
            <source>Open file: {label}</source>
            <translation>Faili lililofunguliwa: {label}</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ndiyo</translation>
        </message>
        <message>
            <source>no</source>
            <translation>hapana</translation>
        </message>
        <message>
            <source>Your roles do not allow this. Ask an administrator.</source>
            <translation>Majukumu yako hayaruhusu hili. Muulize msimamizi wa mfumo.</translation>
        </message>
    </context>
    <context>
        <name>SetupPanel</name>
        <message>
            <source>Set up the books</source>
            <translation>Andaa hesabu</translation>
        </message>
        <message>
            <source>This cooperative has no chart of accounts yet. Choose the one its accountant uses and the first fiscal year; accounts can be added under any heading later.</source>
            <translation>Chama hiki bado hakina orodha ya akaunti. Chagua ile anayotumia mhasibu wake na mwaka wa kwanza wa fedha; akaunti zinaweza kuongezwa chini ya kichwa chochote baadaye.</translation>
        </message>
        <message>
            <source>Chart of accounts</source>
            <translation>Orodha ya akaunti</translation>
        </message>
        <message>
            <source>General chart for cooperatives</source>
            <translation>Orodha ya jumla kwa vyama vya ushirika</translation>
        </message>
        <message>
            <source>Classes 1 to 6 (assets, liabilities, equity, income, expenses), as used in Latin America and most other countries.</source>
            <translation>Madaraja 1 hadi 6 (mali, madeni, mtaji, mapato, matumizi), kama yanavyotumika Amerika ya Kusini na nchi nyingine nyingi.</translation>
        </message>
        <message>
            <source>SYSCOHADA</source>
            <translation>SYSCOHADA</translation>
        </message>
        <message>
            <source>The OHADA chart, required in West and Central Africa (DR Congo, Cameroon, Côte d'Ivoire, Mali, Burkina Faso…).</source>
            <translation>Orodha ya OHADA, inayotakiwa Afrika Magharibi na Kati (DR Kongo, Kameruni, Côte d'Ivoire, Mali, Burkina Faso…).</translation>
        </message>
        <message>
            <source>First fiscal year</source>
            <translation>Mwaka wa kwanza wa fedha</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Jina</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Siku ya kwanza</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Siku ya mwisho</translation>
        </message>
    </context>
    <context>
        <name>ShareDialog</name>
        <message>
            <source>Share register</source>
            <translation>Daftari la hisa</translation>
        </message>
        <message>
            <source>Shares of {name} (no. {number})</source>
            <translation>Hisa za {name} (Na. {number})</translation>
        </message>
        <message>
            <source>Record an operation</source>
            <translation>Rekodi muamala</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Rekodi</translation>
        </message>
        <message>
            <source>Operation</source>
            <translation>Muamala</translation>
        </message>
        <message>
            <source>Member no.</source>
            <translation>Mwanachama Na.</translation>
        </message>
        <message>
            <source>To member no.</source>
            <translation>Kwa mwanachama Na.</translation>
        </message>
        <message>
            <source>Shares</source>
            <translation>Hisa</translation>
        </message>
        <message>
            <source>Amount paid</source>
            <translation>Kiasi kilicholipwa</translation>
        </message>
        <message>
            <source>Operation no. to reverse</source>
            <translation>Na. ya muamala wa kubatilisha</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tarehe</translation>
        </message>
        <message>
            <source>Receipt or reference</source>
            <translation>Stakabadhi au kumbukumbu</translation>
        </message>
        <message>
            <source>Your role may look at the register but not record operations.</source>
            <translation>Jukumu lako linaruhusu kuangalia daftari lakini si kurekodi miamala.</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Sababu</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Maelezo</translation>
        </message>
        <message>
            <source>(no such member)</source>
            <translation>(hakuna mwanachama huyo)</translation>
        </message>
        <message>
            <source>{count} operation(s) in the register.</source>
            <translation>Miamala {count} katika daftari.</translation>
        </message>
        <message>
            <source>Shares held: {shares} · subscribed: {subscribed} {currency} · paid: {paid} {currency} · still to pay: {unpaid} {currency}</source>
            <translation>Hisa alizonazo: {shares} · zilizoandikishwa: {subscribed} {currency} · zilizolipwa: {paid} {currency} · bado kulipa: {unpaid} {currency}</translation>
        </message>
        <message>
            <source>Operation no. {number} recorded.</source>
            <translation>Muamala Na. {number} umerekodiwa.</translation>
        </message>
    </context>
    <context>
        <name>ShareTableModel</name>
        <message>
            <source>Op. no.</source>
            <translation>Muamala Na.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tarehe</translation>
        </message>
        <message>
            <source>Operation</source>
            <translation>Muamala</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Mwanachama</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Jina</translation>
        </message>
        <message>
            <source>Other member</source>
            <translation>Mwanachama mwingine</translation>
        </message>
        <message>
            <source>Shares</source>
            <translation>Hisa</translation>
        </message>
        <message>
            <source>Amount ({currency})</source>
            <translation>Kiasi ({currency})</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Kumbukumbu</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Maelezo</translation>
        </message>
        <message>
            <source>Reversed by operation {number}</source>
            <translation>Umebatilishwa na muamala {number}</translation>
        </message>
        <message>
            <source>Reverses operation {number}</source>
            <translation>Unabatilisha muamala {number}</translation>
        </message>
        <message>
            <source>{kind} of no. {number}</source>
            <translation>{kind} — muamala Na. {number}</translation>
        </message>
    </context>
    <context>
        <name>SiteDialog</name>
        <message>
            <source>New mining site</source>
            <translation>Eneo jipya la uchimbaji</translation>
        </message>
        <message>
            <source>e.g. gold, coltan, tin</source>
            <translation>mfano: dhahabu, koltani, bati</translation>
        </message>
        <message>
            <source>e.g. 7.0847 (south is negative)</source>
            <translation>mfano: 7.0847 (kusini ni hasi)</translation>
        </message>
        <message>
            <source>e.g. -74.7027 (west is negative)</source>
            <translation>mfano: -74.7027 (magharibi ni hasi)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Jina</translation>
        </message>
        <message>
            <source>Mineral</source>
            <translation>Madini</translation>
        </message>
        <message>
            <source>Latitude</source>
            <translation>Latitudo</translation>
        </message>
        <message>
            <source>Longitude</source>
            <translation>Longitudo</translation>
        </message>
        <message>
            <source>Title or licence reference</source>
            <translation>Hati au namba ya leseni</translation>
        </message>
        <message>
            <source>Add site</source>
            <translation>Ongeza eneo</translation>
        </message>
        <message>
            <source>'{value}' is not a number of degrees, e.g. 7.0847.</source>
            <translation>'{value}' si namba ya nyuzi, mfano 7.0847.</translation>
        </message>
    </context>
    <context>
        <name>SitesDialog</name>
        <message>
            <source>Mining sites</source>
            <translation>Maeneo ya uchimbaji</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Eneo</translation>
        </message>
        <message>
            <source>Mineral</source>
            <translation>Madini</translation>
        </message>
        <message>
            <source>Latitude</source>
            <translation>Latitudo</translation>
        </message>
        <message>
            <source>Longitude</source>
            <translation>Longitudo</translation>
        </message>
        <message>
            <source>Title or licence</source>
            <translation>Hati au leseni</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Wanachama</translation>
        </message>
        <message>
            <source>No mining sites yet.</source>
            <translation>Bado hakuna maeneo ya uchimbaji.</translation>
        </message>
        <message>
            <source>Add site…</source>
            <translation>Ongeza eneo…</translation>
        </message>
    </context>
    <context>
        <name>StartDialog</name>
        <message>
            <source>Welcome — coopdesk</source>
            <translation>Karibu — coopdesk</translation>
        </message>
        <message>
            <source>The member register, meetings and books of your cooperative.</source>
            <translation>Daftari la wanachama, mikutano na hesabu za chama chako.</translation>
        </message>
        <message>
            <source>Create a new cooperative</source>
            <translation>Unda chama kipya</translation>
        </message>
        <message>
            <source>Open a cooperative file…</source>
            <translation>Fungua faili la chama…</translation>
        </message>
        <message>
            <source>Open the demo cooperative</source>
            <translation>Fungua chama cha mfano</translation>
        </message>
        <message>
            <source>Recently opened (double-click to open):</source>
            <translation>Vilivyofunguliwa hivi karibuni (bofya mara mbili kufungua):</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Toka</translation>
        </message>
    </context>
    <context>
        <name>StatusDialog</name>
        <message>
            <source>Change status: {name}</source>
            <translation>Badilisha hali: {name}</translation>
        </message>
        <message>
            <source>{name} (no. {number}) is &lt;b style='color:{colour}'&gt;{status}&lt;/b&gt; since {date}.</source>
            <translation>{name} (Na. {number}): &lt;b style='color:{colour}'&gt;{status}&lt;/b&gt; tangu {date}.</translation>
        </message>
        <message>
            <source>No further change of status is possible.</source>
            <translation>Hakuna mabadiliko zaidi ya hali yanayowezekana.</translation>
        </message>
        <message>
            <source>New status</source>
            <translation>Hali mpya</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tarehe</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Sababu</translation>
        </message>
        <message>
            <source>Change status</source>
            <translation>Badilisha hali</translation>
        </message>
        <message>
            <source>Required for this change.</source>
            <translation>Inahitajika kwa mabadiliko haya.</translation>
        </message>
        <message>
            <source>Optional.</source>
            <translation>Si lazima.</translation>
        </message>
    </context>
    <context>
        <name>TargetChooser</name>
        <message>
            <source>Give a PostgreSQL address that starts with postgresql://</source>
            <translation>Weka anwani ya PostgreSQL inayoanza na postgresql://</translation>
        </message>
        <message>
            <source>Say where to keep the file.</source>
            <translation>Sema mahali pa kuhifadhi faili.</translation>
        </message>
        <message>
            <source>Choose a cooperative file.</source>
            <translation>Chagua faili la chama.</translation>
        </message>
        <message>
            <source>There is no file at {path}.</source>
            <translation>Hakuna faili katika {path}.</translation>
        </message>
        <message>
            <source>{path} already exists; choose another name.</source>
            <translation>{path} tayari lipo; chagua jina jingine.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>Folda {folder} haipo.</translation>
        </message>
        <message>
            <source>coopdesk files (*.coopdesk)</source>
            <translation>Faili za coopdesk (*.coopdesk)</translation>
        </message>
        <message>
            <source>Where to keep the file</source>
            <translation>Mahali pa kuhifadhi faili</translation>
        </message>
        <message>
            <source>Open a cooperative file</source>
            <translation>Fungua faili la chama</translation>
        </message>
        <message>
            <source>A cooperative file on this computer</source>
            <translation>Faili la chama kwenye kompyuta hii</translation>
        </message>
        <message>
            <source>A PostgreSQL database on a server (for a federation)</source>
            <translation>Hifadhidata ya PostgreSQL kwenye seva (kwa shirikisho)</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Vinjari…</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <source>Add a user</source>
            <translation>Ongeza mtumiaji</translation>
        </message>
        <message>
            <source>e.g. maria.quispe</source>
            <translation>mfano: maria.mushi</translation>
        </message>
        <message>
            <source>at least {n} characters</source>
            <translation>angalau herufi {n}</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Jina la mtumiaji</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Jina kamili</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Nenosiri</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>Rudia nenosiri</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Majukumu</translation>
        </message>
        <message>
            <source>Add the user</source>
            <translation>Ongeza mtumiaji</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Ghairi</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>Manenosiri mawili hayafanani.</translation>
        </message>
    </context>
    <context>
        <name>coopdesk</name>
        <message>
            <source>The file {name} is empty.</source>
            <translation>Faili {name} ni tupu.</translation>
        </message>
        <message>
            <source>{name} is an old Excel (.xls) file: save it as .xlsx or CSV first.</source>
            <translation>{name} ni faili la zamani la Excel (.xls): lihifadhi kwanza kama .xlsx au CSV.</translation>
        </message>
        <message>
            <source>{name} is not a statement format coopdesk reads (OFX, CAMT.053, MT940, CSV, Excel).</source>
            <translation>{name} si muundo wa taarifa ya benki ambao coopdesk inasoma (OFX, CAMT.053, MT940, CSV, Excel).</translation>
        </message>
        <message>
            <source>{name} is an XML file but not a CAMT.053 statement.</source>
            <translation>{name} ni faili la XML lakini si taarifa ya benki ya CAMT.053.</translation>
        </message>
        <message>
            <source>This XML file declares a DTD or entities, which a bank statement never needs; it is refused for safety.</source>
            <translation>Faili hili la XML linatangaza DTD au entities, ambazo taarifa ya benki haihitaji kamwe; limekataliwa kwa sababu za usalama.</translation>
        </message>
        <message>
            <source>This XML file is damaged: {error}</source>
            <translation>Faili hili la XML limeharibika: {error}</translation>
        </message>
        <message>
            <source>This XML file is not a CAMT.053 bank statement.</source>
            <translation>Faili hili la XML si taarifa ya benki ya CAMT.053.</translation>
        </message>
        <message>
            <source>This CAMT.053 file holds no statement.</source>
            <translation>Faili hili la CAMT.053 halina taarifa ya benki.</translation>
        </message>
        <message>
            <source>CdtDbtInd must be CRDT or DBIT, not '{value}'.</source>
            <translation>CdtDbtInd lazima iwe CRDT au DBIT, si '{value}'.</translation>
        </message>
        <message>
            <source>the entry has no amount.</source>
            <translation>ingizo halina kiasi.</translation>
        </message>
        <message>
            <source>the entry has no booking date.</source>
            <translation>ingizo halina tarehe ya kurekodiwa.</translation>
        </message>
        <message>
            <source>Line {line}, {field}: {message}</source>
            <translation>Mstari {line}, {field}: {message}</translation>
        </message>
        <message>
            <source>Line {line}: {message}</source>
            <translation>Mstari {line}: {message}</translation>
        </message>
        <message>
            <source>The file cannot be read as {encoding}.</source>
            <translation>Faili haliwezi kusomwa kama {encoding}.</translation>
        </message>
        <message>
            <source>'{value}' is not an amount.</source>
            <translation>'{value}' si kiasi cha fedha.</translation>
        </message>
        <message>
            <source>'{value}' is not a date.</source>
            <translation>'{value}' si tarehe.</translation>
        </message>
        <message>
            <source>The OFX file is cut short: it ends without &lt;/OFX&gt;.</source>
            <translation>Faili la OFX limekatika: linaishia bila &lt;/OFX&gt;.</translation>
        </message>
        <message>
            <source>This OFX file cannot be read: {error}</source>
            <translation>Faili hili la OFX haliwezi kusomwa: {error}</translation>
        </message>
        <message>
            <source>This OFX file holds no bank or credit-card statement.</source>
            <translation>Faili hili la OFX halina taarifa ya benki wala ya kadi ya mkopo.</translation>
        </message>
        <message>
            <source>the transaction has no date.</source>
            <translation>muamala hauna tarehe.</translation>
        </message>
        <message>
            <source>the transaction has no amount.</source>
            <translation>muamala hauna kiasi.</translation>
        </message>
        <message>
            <source>This is not an MT940 statement: no :20: tag.</source>
            <translation>Hii si taarifa ya benki ya MT940: hakuna tagi :20:.</translation>
        </message>
        <message>
            <source>This MT940 statement cannot be read: {error}</source>
            <translation>Taarifa hii ya benki ya MT940 haiwezi kusomwa: {error}</translation>
        </message>
        <message>
            <source>{found} of the {count} :61: transactions could be read.</source>
            <translation>Miamala {found} kati ya {count} ya :61: imeweza kusomwa.</translation>
        </message>
        <message>
            <source>the transaction has no amount or date.</source>
            <translation>muamala hauna kiasi wala tarehe.</translation>
        </message>
        <message>
            <source>The amount mode must be one of {modes}.</source>
            <translation>Mtindo wa kiasi lazima uwe mojawapo ya {modes}.</translation>
        </message>
        <message>
            <source>The encoding must be one of {encodings}.</source>
            <translation>Usimbaji lazima uwe mojawapo ya {encodings}.</translation>
        </message>
        <message>
            <source>Unknown mapping setting(s): {names}.</source>
            <translation>Mpangilio wa ulinganisho usiojulikana: {names}.</translation>
        </message>
        <message>
            <source>This CSV file is damaged: {error}</source>
            <translation>Faili hili la CSV limeharibika: {error}</translation>
        </message>
        <message>
            <source>This Excel file cannot be opened: {error}</source>
            <translation>Faili hili la Excel haliwezi kufunguliwa: {error}</translation>
        </message>
        <message>
            <source>The workbook has no sheet '{sheet}'.</source>
            <translation>Kitabu cha kazi hakina laha '{sheet}'.</translation>
        </message>
        <message>
            <source>The file has no line {line} for the header.</source>
            <translation>Faili halina mstari {line} wa majina ya safu.</translation>
        </message>
        <message>
            <source>No header line with a date column and an amount column was found in the first 60 lines; this is not a statement coopdesk recognises, or it needs a mapping.</source>
            <translation>Hakuna mstari wa majina ya safu wenye safu ya tarehe na safu ya kiasi uliopatikana katika mistari 60 ya kwanza; hii si taarifa ya benki ambayo coopdesk inaitambua, au inahitaji ulinganisho wa safu.</translation>
        </message>
        <message>
            <source>The header has no column '{column}'.</source>
            <translation>Majina ya safu hayana safu '{column}'.</translation>
        </message>
        <message>
            <source>'{value}' is not a date (expected {format}).</source>
            <translation>'{value}' si tarehe (inatarajiwa {format}).</translation>
        </message>
        <message>
            <source>The header has no date column.</source>
            <translation>Majina ya safu hayana safu ya tarehe.</translation>
        </message>
        <message>
            <source>The header has no amount, debit or credit column.</source>
            <translation>Majina ya safu hayana safu ya kiasi, debiti wala krediti.</translation>
        </message>
        <message>
            <source>The header has no {column} column.</source>
            <translation>Majina ya safu hayana safu ya {column}.</translation>
        </message>
        <message>
            <source>column '{name}'</source>
            <translation>safu '{name}'</translation>
        </message>
        <message>
            <source>the row has an amount but no date.</source>
            <translation>mstari una kiasi lakini hauna tarehe.</translation>
        </message>
        <message>
            <source>The file has a header but no statement lines.</source>
            <translation>Faili lina majina ya safu lakini halina mistari ya taarifa ya benki.</translation>
        </message>
        <message>
            <source>balance</source>
            <translation>salio</translation>
        </message>
        <message>
            <source>'{value}' is neither a debit nor a credit mark.</source>
            <translation>'{value}' si alama ya debiti wala ya krediti.</translation>
        </message>
        <message>
            <source>the row has no amount.</source>
            <translation>mstari hauna kiasi.</translation>
        </message>
        <message>
            <source>Choose at least one statement line and one book line, or book lines that cancel out (an entry and its reversal).</source>
            <translation>Chagua angalau mstari mmoja wa taarifa ya benki na mstari mmoja wa hesabu, au mistari ya hesabu inayofutana (ingizo na ubatilishaji wake).</translation>
        </message>
        <message>
            <source>Statement line {id} is not a line of account {code}.</source>
            <translation>Mstari {id} wa taarifa ya benki si mstari wa akaunti {code}.</translation>
        </message>
        <message>
            <source>Statement line {id} ({date}, {text}) is matched already; undo that match first.</source>
            <translation>Mstari {id} wa taarifa ya benki ({date}, {text}) tayari umeoanishwa; tengua uoanishaji huo kwanza.</translation>
        </message>
        <message>
            <source>Book line {id} is not a posted line of account {code}'s ledger account.</source>
            <translation>Mstari {id} wa hesabu si mstari ulioingizwa kwenye leja katika akaunti ya leja ya akaunti {code}.</translation>
        </message>
        <message>
            <source>Book line {id} (entry {number}) is matched already; undo that match first.</source>
            <translation>Mstari {id} wa hesabu (ingizo {number}) tayari umeoanishwa; tengua uoanishaji huo kwanza.</translation>
        </message>
        <message>
            <source>The statement lines total {bank} and the book lines {book} (difference {diff}): matched lines must be the same money.</source>
            <translation>Mistari ya taarifa ya benki ina jumla ya {bank} na mistari ya hesabu ina {book} (tofauti {diff}): mistari inayooanishwa lazima iwe fedha zile zile.</translation>
        </message>
        <message>
            <source>There is no match {id} on account {code}.</source>
            <translation>Hakuna uoanishaji {id} kwenye akaunti {code}.</translation>
        </message>
        <message>
            <source>This match is part of the reconciliation of {date}, which is finished; reopen it first.</source>
            <translation>Uoanishaji huu ni sehemu ya usuluhishi wa benki wa {date}, ambao umekamilika; ufungue tena kwanza.</translation>
        </message>
        <message>
            <source>Statement line {id} is matched already.</source>
            <translation>Mstari {id} wa taarifa ya benki tayari umeoanishwa.</translation>
        </message>
        <message>
            <source>The lines of the entry must come to {amount}, the statement line's amount.</source>
            <translation>Mistari ya ingizo lazima ifikie jumla ya {amount}, kiasi cha mstari wa taarifa ya benki.</translation>
        </message>
        <message>
            <source>Give the rule a name (what the lines are: 'bank charges').</source>
            <translation>Ipe kanuni jina (mistari hiyo ni nini: 'ada za benki').</translation>
        </message>
        <message>
            <source>Say which lines the rule is for: words the description contains, or a pattern.</source>
            <translation>Taja kanuni ni ya mistari ipi: maneno yaliyomo kwenye maelezo, au ruwaza.</translation>
        </message>
        <message>
            <source>The pattern is not valid: {error}.</source>
            <translation>Ruwaza si sahihi: {error}.</translation>
        </message>
        <message>
            <source>The lowest amount is above the highest.</source>
            <translation>Kiasi cha chini kabisa kinazidi kiasi cha juu kabisa.</translation>
        </message>
        <message>
            <source>There is no ledger account {code}.</source>
            <translation>Hakuna akaunti ya leja {code}.</translation>
        </message>
        <message>
            <source>Account {code} is a heading; choose an account under it.</source>
            <translation>Akaunti {code} ni kichwa; chagua akaunti iliyo chini yake.</translation>
        </message>
        <message>
            <source>Account {code} is a members' account: the rule must name the member.</source>
            <translation>Akaunti {code} ni akaunti ya wanachama: kanuni lazima imtaje mwanachama.</translation>
        </message>
        <message>
            <source>There is no member number {number}.</source>
            <translation>Hakuna mwanachama namba {number}.</translation>
        </message>
        <message>
            <source>The fee is a share between 0 and 1 (0.015 for 1.5 %).</source>
            <translation>Ada ni sehemu kati ya 0 na 1 (0.015 kwa 1.5 %).</translation>
        </message>
        <message>
            <source>There is no rule {id}.</source>
            <translation>Hakuna kanuni {id}.</translation>
        </message>
        <message>
            <source>'{text}' is not a share: write 1.5% or 0.015.</source>
            <translation>'{text}' si sehemu: andika 1.5% au 0.015.</translation>
        </message>
        <message>
            <source>The account is reconciled up to {date} already; choose a later statement date, or reopen that reconciliation.</source>
            <translation>Akaunti tayari imesuluhishwa hadi {date}; chagua tarehe ya taarifa ya benki iliyo baadaye, au fungua tena usuluhishi huo.</translation>
        </message>
        <message>
            <source>The imported statement lines give a balance of {stated} on {date}, not the {given} entered: a statement may be missing, or the balance mistyped.</source>
            <translation>Mistari ya taarifa ya benki iliyoingizwa inatoa salio la {stated} tarehe {date}, si {given} lililowekwa: huenda taarifa moja ya benki inakosekana, au salio limeandikwa vibaya.</translation>
        </message>
        <message>
            <source>{count} statement line(s) up to {date}, totalling {total}, are not in the books: match them, or make their entries.</source>
            <translation>Mistari {count} ya taarifa ya benki hadi {date}, yenye jumla ya {total}, haimo kwenye hesabu: ioanishe, au tengeneza maingizo yake.</translation>
        </message>
        <message>
            <source>The books and the bank differ by {difference}.</source>
            <translation>Hesabu na benki zinatofautiana kwa {difference}.</translation>
        </message>
        <message>
            <source>Besides those lines, {amount} of the difference is unexplained.</source>
            <translation>Mbali na mistari hiyo, {amount} ya tofauti haijaelezwa.</translation>
        </message>
        <message>
            <source>Say why the reconciliation is reopened.</source>
            <translation>Eleza kwa nini usuluhishi unafunguliwa tena.</translation>
        </message>
        <message>
            <source>There is no reconciliation {id}.</source>
            <translation>Hakuna usuluhishi {id}.</translation>
        </message>
        <message>
            <source>This reconciliation was reopened already.</source>
            <translation>Usuluhishi huu tayari ulifunguliwa tena.</translation>
        </message>
        <message>
            <source>Only the latest reconciliation can be reopened; reopen the one of {date} first.</source>
            <translation>Ni usuluhishi wa mwisho tu unaoweza kufunguliwa tena; fungua tena ule wa {date} kwanza.</translation>
        </message>
        <message>
            <source>Deposits in the books, not yet on the statement</source>
            <translation>Amana zilizo kwenye hesabu, bado hazijaonekana kwenye taarifa ya benki</translation>
        </message>
        <message>
            <source>Payments in the books, not yet on the statement</source>
            <translation>Malipo yaliyo kwenye hesabu, bado hayajaonekana kwenye taarifa ya benki</translation>
        </message>
        <message>
            <source>On the statement, not yet in the books</source>
            <translation>Yaliyo kwenye taarifa ya benki, bado hayamo kwenye hesabu</translation>
        </message>
        <message>
            <source>Bank reconciliation</source>
            <translation>Usuluhishi wa benki</translation>
        </message>
        <message>
            <source>{account} at {date}</source>
            <translation>{account} tarehe {date}</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Akaunti</translation>
        </message>
        <message>
            <source>Ledger account</source>
            <translation>Akaunti ya leja</translation>
        </message>
        <message>
            <source>Statement date</source>
            <translation>Tarehe ya taarifa ya benki</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Hali</translation>
        </message>
        <message>
            <source>In progress, not finished</source>
            <translation>Unaendelea, haujakamilika</translation>
        </message>
        <message>
            <source>Finished by {user} on {when}</source>
            <translation>Umekamilishwa na {user} mnamo {when}</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Umefunguliwa tena</translation>
        </message>
        <message>
            <source>by {user}: {reason}</source>
            <translation>na {user}: {reason}</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Sarafu</translation>
        </message>
        <message>
            <source>Balance in the books</source>
            <translation>Salio kwenye hesabu</translation>
        </message>
        <message>
            <source>less deposits not yet on the statement</source>
            <translation>toa amana ambazo bado hazijaonekana kwenye taarifa ya benki</translation>
        </message>
        <message>
            <source>plus payments not yet on the statement</source>
            <translation>jumlisha malipo ambayo bado hayajaonekana kwenye taarifa ya benki</translation>
        </message>
        <message>
            <source>Expected balance on the statement</source>
            <translation>Salio linalotarajiwa kwenye taarifa ya benki</translation>
        </message>
        <message>
            <source>Balance on the bank statement</source>
            <translation>Salio kwenye taarifa ya benki</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Tofauti</translation>
        </message>
        <message>
            <source>of which statement lines not yet in the books</source>
            <translation>ambayo ni mistari ya taarifa ambayo bado haimo kwenye hesabu</translation>
        </message>
        <message>
            <source>of which unexplained</source>
            <translation>ambayo haijaelezwa</translation>
        </message>
        <message>
            <source>Balance the imported lines give</source>
            <translation>Salio linalotokana na mistari iliyoingizwa</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Muhtasari</translation>
        </message>
        <message>
            <source>From the books to the bank</source>
            <translation>Kutoka hesabu hadi benki</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Kiasi</translation>
        </message>
        <message>
            <source>The books and the bank agree.</source>
            <translation>Hesabu na benki zinalingana.</translation>
        </message>
        <message>
            <source>The books and the bank do not agree yet.</source>
            <translation>Hesabu na benki bado hazilingani.</translation>
        </message>
        <message>
            <source>Lines matched: {bank} on the statement, {book} in the books.</source>
            <translation>Mistari iliyooanishwa: {bank} kwenye taarifa ya benki, {book} kwenye hesabu.</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Ingizo</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Kumbukumbu</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tarehe</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Maelezo</translation>
        </message>
        <message>
            <source>Treasurer</source>
            <translation>Mweka hazina</translation>
        </message>
        <message>
            <source>Supervisory committee</source>
            <translation>Kamati ya usimamizi</translation>
        </message>
        <message>
            <source>Deposits</source>
            <translation>Amana</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>Malipo</translation>
        </message>
        <message>
            <source>Not in books</source>
            <translation>Haimo kwenye hesabu</translation>
        </message>
        <message>
            <source>Account {code} has no reconciliation at {date}; run 'coopdesk bank reconcile' first.</source>
            <translation>Akaunti {code} haina usuluhishi wa tarehe {date}; endesha 'coopdesk bank reconcile' kwanza.</translation>
        </message>
        <message>
            <source>bank account</source>
            <translation>akaunti ya benki</translation>
        </message>
        <message>
            <source>mobile money</source>
            <translation>pesa kwa simu</translation>
        </message>
        <message>
            <source>There is no bank account {code} (the accounts are: {known}).</source>
            <translation>Hakuna akaunti ya benki {code} (akaunti zilizopo ni: {known}).</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>bado hakuna</translation>
        </message>
        <message>
            <source>A bank account's code is 1 to 20 letters, digits, '-', '_' or '.', without spaces.</source>
            <translation>Msimbo wa akaunti ya benki una herufi, tarakimu, '-', '_' au '.' 1 hadi 20, bila nafasi.</translation>
        </message>
        <message>
            <source>Give the account a name (the bank and what it is for).</source>
            <translation>Ipe akaunti jina (benki na matumizi yake).</translation>
        </message>
        <message>
            <source>The kind of account is 'bank' or 'mobile_money'.</source>
            <translation>Aina ya akaunti ni 'bank' (benki) au 'mobile_money' (pesa kwa simu).</translation>
        </message>
        <message>
            <source>There is already a bank account {code}.</source>
            <translation>Tayari kuna akaunti ya benki {code}.</translation>
        </message>
        <message>
            <source>Ledger account {code} cannot hold a bank's money: choose an asset account that takes entries.</source>
            <translation>Akaunti ya leja {code} haiwezi kushikilia fedha za benki: chagua akaunti ya mali inayopokea maingizo.</translation>
        </message>
        <message>
            <source>Ledger account {code} is a members' account.</source>
            <translation>Akaunti ya leja {code} ni akaunti ya wanachama.</translation>
        </message>
        <message>
            <source>Ledger account {ledger} already belongs to the bank account {code}.</source>
            <translation>Akaunti ya leja {ledger} tayari ni ya akaunti ya benki {code}.</translation>
        </message>
        <message>
            <source>There is no saved mapping '{name}' (saved: {known}).</source>
            <translation>Hakuna ulinganisho wa safu uliohifadhiwa kwa jina '{name}' (majina yaliyohifadhiwa: {known}).</translation>
        </message>
        <message>
            <source>Give the mapping a name (the bank's, say).</source>
            <translation>Upe ulinganisho wa safu jina (kwa mfano, jina la benki).</translation>
        </message>
        <message>
            <source>{name} holds no statement lines.</source>
            <translation>{name} halina mistari ya taarifa ya benki.</translation>
        </message>
        <message>
            <source>statement {n}</source>
            <translation>taarifa ya benki {n}</translation>
        </message>
        <message>
            <source>{where} is in {theirs}; account {code} is kept in {ours}.</source>
            <translation>{where} iko kwa sarafu {theirs}; akaunti {code} inatunzwa kwa sarafu {ours}.</translation>
        </message>
        <message>
            <source>{where} is a statement of account {theirs}, not of {code} ({ours}). Choose the right account.</source>
            <translation>{where} ni taarifa ya benki ya akaunti {theirs}, si ya {code} ({ours}). Chagua akaunti sahihi.</translation>
        </message>
        <message>
            <source>{where} does not add up, so it was not imported: {problems}</source>
            <translation>Hesabu za {where} hazijumliki sawasawa, kwa hiyo haikuingizwa: {problems}</translation>
        </message>
        <message>
            <source>At {where}: the amount {amount} has more decimals than {currency} has.</source>
            <translation>Katika {where}: kiasi {amount} kina desimali nyingi kuliko {currency} inavyoruhusu.</translation>
        </message>
        <message>
            <source>{count} new line(s) fall on or before {date}, which is reconciled and finished (the first: {day}, {amount}, '{text}'). Reopen that reconciliation first, if the bank really added them.</source>
            <translation>Mistari mipya {count} ina tarehe ya {date} au kabla yake, na tarehe hiyo imesuluhishwa na kukamilika (wa kwanza: {day}, {amount}, '{text}'). Kama kweli benki iliiongeza, fungua tena usuluhishi huo kwanza.</translation>
        </message>
        <message>
            <source>line {line}</source>
            <translation>mstari {line}</translation>
        </message>
        <message>
            <source>entry {number}</source>
            <translation>ingizo {number}</translation>
        </message>
        <message>
            <source>At {where}: the balance {previous} plus {amount} gives {expected}, but the bank shows {balance}.</source>
            <translation>Katika {where}: salio {previous} likijumlishwa na {amount} linatoa {expected}, lakini benki inaonyesha {balance}.</translation>
        </message>
        <message>
            <source>Opening balance {opening} plus the {count} line(s) totalling {total} gives {expected}, but the closing balance is {closing} (difference {difference}).</source>
            <translation>Salio la kuanzia {opening} likijumlishwa na mistari {count} yenye jumla ya {total} linatoa {expected}, lakini salio la kufunga ni {closing} (tofauti {difference}).</translation>
        </message>
        <message>
            <source>'{value}' is not a date; write YYYY-MM-DD.</source>
            <translation>'{value}' si tarehe; andika YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>Give the password in the COOPDESK_PASSWORD environment variable, or run the command in a terminal to be asked.</source>
            <translation>Weka nenosiri katika kigezo cha mazingira COOPDESK_PASSWORD, au endesha amri kwenye terminal ili uulizwe.</translation>
        </message>
        <message>
            <source>Repeat the password: </source>
            <translation>Rudia nenosiri: </translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>Manenosiri mawili yanatofautiana.</translation>
        </message>
        <message>
            <source>Say which cooperative: --db PATH_OR_URL (or COOPDESK_DB).</source>
            <translation>Taja chama: --db PATH_OR_URL (au COOPDESK_DB).</translation>
        </message>
        <message>
            <source>Warning: {text}</source>
            <translation>Tahadhari: {text}</translation>
        </message>
        <message>
            <source>Password for {user}: </source>
            <translation>Nenosiri la {user}: </translation>
        </message>
        <message>
            <source>Password for the administrator {user}: </source>
            <translation>Nenosiri la msimamizi wa mfumo {user}: </translation>
        </message>
        <message>
            <source>Created {db} for {name}. Administrator: {user}.</source>
            <translation>{db} imeundwa kwa ajili ya {name}. Msimamizi wa mfumo: {user}.</translation>
        </message>
        <message>
            <source>Books: the {chart} chart of accounts and the fiscal year {year}.</source>
            <translation>Hesabu: orodha ya akaunti ya {chart} na mwaka wa fedha {year}.</translation>
        </message>
        <message>
            <source>{path} already exists; add --force to replace it.</source>
            <translation>{path} tayari lipo; ongeza --force ili kulibadilisha.</translation>
        </message>
        <message>
            <source>Demo cooperative written to {db}. Log in as admin with the password {password}.</source>
            <translation>Chama cha mfano kimeandikwa katika {db}. Ingia kama admin kwa nenosiri {password}.</translation>
        </message>
        <message>
            <source>The bank's and the mobile-money account's monthly statements are in {folder}; the last month's are left to import and reconcile.</source>
            <translation>Taarifa za kila mwezi za akaunti ya benki na za akaunti ya pesa kwa simu ziko katika {folder}; za mwezi wa mwisho zimeachwa ili uziingize na kuzisuluhisha.</translation>
        </message>
        <message>
            <source>The audit chain verifies: {n} events, head #{seq} {head}.</source>
            <translation>Mnyororo wa ukaguzi uko sahihi: matukio {n}, kichwa #{seq} {head}.</translation>
        </message>
        <message>
            <source>The audit chain does NOT verify: {problem}</source>
            <translation>Mnyororo wa ukaguzi HAUKO sahihi: {problem}</translation>
        </message>
        <message>
            <source>A PostgreSQL cooperative needs a destination: -o FILE.</source>
            <translation>Chama kilicho kwenye PostgreSQL kinahitaji mahali pa kuandika: -o FILE.</translation>
        </message>
        <message>
            <source>Backup written to {path}.</source>
            <translation>Nakala rudufu imeandikwa katika {path}.</translation>
        </message>
        <message>
            <source>Say which cooperative to restore into: --db PATH_OR_URL.</source>
            <translation>Taja chama cha kurejeshea: --db PATH_OR_URL.</translation>
        </message>
        <message>
            <source>Restored {target} from {backup}.</source>
            <translation>{target} imerejeshwa kutoka {backup}.</translation>
        </message>
        <message>
            <source>The state before the restore was kept in {path}.</source>
            <translation>Hali kabla ya kurejesha imehifadhiwa katika {path}.</translation>
        </message>
        <message>
            <source>Password for the new user {user}: </source>
            <translation>Nenosiri la mtumiaji mpya {user}: </translation>
        </message>
        <message>
            <source>User {user} added.</source>
            <translation>Mtumiaji {user} ameongezwa.</translation>
        </message>
        <message>
            <source>National ID</source>
            <translation>Kitambulisho cha taifa</translation>
        </message>
        <message>
            <source>Miner card</source>
            <translation>Kadi ya mchimbaji</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Simu</translation>
        </message>
        <message>
            <source>Locality</source>
            <translation>Mahali</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Kazi</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>Alijiunga</translation>
        </message>
        <message>
            <source>Successor</source>
            <translation>Mrithi</translation>
        </message>
        <message>
            <source>Payout</source>
            <translation>Malipo</translation>
        </message>
        <message>
            <source>Sites</source>
            <translation>Maeneo</translation>
        </message>
        <message>
            <source>Shares: {shares}, subscribed {sub}, paid {paid} {cur}</source>
            <translation>Hisa: {shares}, zilizoandikishwa {sub}, zilizolipwa {paid} {cur}</translation>
        </message>
        <message>
            <source>Registered member {number}.</source>
            <translation>Mwanachama {number} amesajiliwa.</translation>
        </message>
        <message>
            <source>Member {number} is now {status}.</source>
            <translation>Hali ya mwanachama {number} sasa ni {status}.</translation>
        </message>
        <message>
            <source>Photo of member {number} saved.</source>
            <translation>Picha ya mwanachama {number} imehifadhiwa.</translation>
        </message>
        <message>
            <source>{n} member(s) verified in {census}.</source>
            <translation>Wanachama {n} wamethibitishwa katika {census}.</translation>
        </message>
        <message>
            <source>--map takes FIELD=COLUMN, not '{value}'.</source>
            <translation>--map inahitaji SEHEMU=SAFU, si '{value}'.</translation>
        </message>
        <message>
            <source>{valid} valid row(s), {invalid} with problems, {dup} already registered.</source>
            <translation>Mistari {valid} sahihi, {invalid} yenye matatizo, {dup} tayari imesajiliwa.</translation>
        </message>
        <message>
            <source>{created} member(s) created, {dup} already registered, {bad} row(s) left out.</source>
            <translation>Wanachama {created} wamesajiliwa, {dup} walikuwa wamesajiliwa tayari, mistari {bad} imeachwa.</translation>
        </message>
        <message>
            <source>Written {path}.</source>
            <translation>{path} imeandikwa.</translation>
        </message>
        <message>
            <source>Site {id} added.</source>
            <translation>Eneo {id} limeongezwa.</translation>
        </message>
        <message>
            <source>Share operation {number} recorded.</source>
            <translation>Muamala wa hisa {number} umerekodiwa.</translation>
        </message>
        <message>
            <source>Governance and finance for miners' cooperatives.</source>
            <translation>Uongozi na fedha kwa vyama vya ushirika vya wachimbaji madini.</translation>
        </message>
        <message>
            <source>the cooperative: a .coopdesk file or a postgresql:// URL</source>
            <translation>chama: faili la .coopdesk au URL ya postgresql://</translation>
        </message>
        <message>
            <source>log in as this user (default: admin, or COOPDESK_USER)</source>
            <translation>ingia kama mtumiaji huyu (kwa kawaida: admin, au COOPDESK_USER)</translation>
        </message>
        <message>
            <source>language of the messages</source>
            <translation>lugha ya ujumbe</translation>
        </message>
        <message>
            <source>create a new cooperative file</source>
            <translation>unda faili jipya la chama</translation>
        </message>
        <message>
            <source>the new file, or an empty PostgreSQL database URL</source>
            <translation>faili jipya, au URL ya hifadhidata tupu ya PostgreSQL</translation>
        </message>
        <message>
            <source>the value of one share</source>
            <translation>thamani ya hisa moja</translation>
        </message>
        <message>
            <source>registration number</source>
            <translation>namba ya usajili</translation>
        </message>
        <message>
            <source>the administrator's user name</source>
            <translation>jina la mtumiaji la msimamizi wa mfumo</translation>
        </message>
        <message>
            <source>the administrator's full name</source>
            <translation>jina kamili la msimamizi wa mfumo</translation>
        </message>
        <message>
            <source>the chart of accounts: general, or SYSCOHADA (OHADA countries)</source>
            <translation>orodha ya akaunti: ya jumla (general), au SYSCOHADA (nchi za OHADA)</translation>
        </message>
        <message>
            <source>the first fiscal year, January to December (default: this year)</source>
            <translation>mwaka wa kwanza wa fedha, Januari hadi Desemba (kwa kawaida: mwaka huu)</translation>
        </message>
        <message>
            <source>create the demo cooperative</source>
            <translation>unda chama cha mfano</translation>
        </message>
        <message>
            <source>replace an existing file</source>
            <translation>badilisha faili lililopo</translation>
        </message>
        <message>
            <source>where to write the bank statement files (default: beside the file, none for a database URL)</source>
            <translation>mahali pa kuandika faili za taarifa za benki (kwa kawaida: kando ya faili, hakuna kwa URL ya hifadhidata)</translation>
        </message>
        <message>
            <source>open the window on a cooperative</source>
            <translation>fungua dirisha kwa chama</translation>
        </message>
        <message>
            <source>recompute the audit chain and name the first bad event</source>
            <translation>kokotoa upya mnyororo wa ukaguzi na utaje tukio la kwanza lenye kasoro</translation>
        </message>
        <message>
            <source>back up the cooperative</source>
            <translation>tengeneza nakala rudufu ya chama</translation>
        </message>
        <message>
            <source>backup file (default: the rotating backups folder beside the file)</source>
            <translation>faili la nakala rudufu (kwa kawaida: folda ya nakala zinazozungushwa kando ya faili)</translation>
        </message>
        <message>
            <source>restore the cooperative from a backup</source>
            <translation>rejesha chama kutoka nakala rudufu</translation>
        </message>
        <message>
            <source>users and roles</source>
            <translation>watumiaji na majukumu</translation>
        </message>
        <message>
            <source>add a user (password from COOPDESK_NEW_PASSWORD or asked)</source>
            <translation>ongeza mtumiaji (nenosiri kutoka COOPDESK_NEW_PASSWORD au utaulizwa)</translation>
        </message>
        <message>
            <source>full name</source>
            <translation>jina kamili</translation>
        </message>
        <message>
            <source>list users</source>
            <translation>orodhesha watumiaji</translation>
        </message>
        <message>
            <source>the member register</source>
            <translation>daftari la wanachama</translation>
        </message>
        <message>
            <source>text to look for in names, numbers, IDs, phones</source>
            <translation>maandishi ya kutafuta katika majina, namba, vitambulisho, simu</translation>
        </message>
        <message>
            <source>list members</source>
            <translation>orodhesha wanachama</translation>
        </message>
        <message>
            <source>show one member</source>
            <translation>onyesha mwanachama mmoja</translation>
        </message>
        <message>
            <source>register a member</source>
            <translation>sajili mwanachama</translation>
        </message>
        <message>
            <source>change a member's status</source>
            <translation>badilisha hali ya mwanachama</translation>
        </message>
        <message>
            <source>set or remove a member's photo</source>
            <translation>weka au ondoa picha ya mwanachama</translation>
        </message>
        <message>
            <source>mark members as verified in a census</source>
            <translation>weka alama kwamba wanachama wamethibitishwa katika sensa</translation>
        </message>
        <message>
            <source>census name, e.g. 'Census 2026'</source>
            <translation>jina la sensa, mfano 'Sensa 2026'</translation>
        </message>
        <message>
            <source>import members from CSV or Excel</source>
            <translation>ingiza wanachama kutoka CSV au Excel</translation>
        </message>
        <message>
            <source>map a field to a column when the guess is wrong</source>
            <translation>unganisha sehemu na safu pale ubashiri unapokosea</translation>
        </message>
        <message>
            <source>import the valid rows even if others have problems</source>
            <translation>ingiza mistari sahihi hata kama mingine ina matatizo</translation>
        </message>
        <message>
            <source>check only; write nothing</source>
            <translation>kagua tu; usiandike chochote</translation>
        </message>
        <message>
            <source>export the register as PDF or Excel</source>
            <translation>hamisha daftari kama PDF au Excel</translation>
        </message>
        <message>
            <source>print member cards (PDF)</source>
            <translation>chapisha kadi za wanachama (PDF)</translation>
        </message>
        <message>
            <source>members (default: all active)</source>
            <translation>wanachama (kwa kawaida: wote walio hai)</translation>
        </message>
        <message>
            <source>mining sites</source>
            <translation>maeneo ya uchimbaji</translation>
        </message>
        <message>
            <source>list sites</source>
            <translation>orodhesha maeneo</translation>
        </message>
        <message>
            <source>add a site</source>
            <translation>ongeza eneo</translation>
        </message>
        <message>
            <source>title or licence reference</source>
            <translation>hati au namba ya leseni</translation>
        </message>
        <message>
            <source>the share capital register</source>
            <translation>daftari la mtaji wa hisa</translation>
        </message>
        <message>
            <source>list operations</source>
            <translation>orodhesha miamala</translation>
        </message>
        <message>
            <source>subscribe shares</source>
            <translation>andikisha hisa</translation>
        </message>
        <message>
            <source>pay up shares</source>
            <translation>lipia hisa</translation>
        </message>
        <message>
            <source>transfer paid-up shares</source>
            <translation>hamisha hisa zilizolipiwa</translation>
        </message>
        <message>
            <source>refund shares</source>
            <translation>rejesha fedha za hisa</translation>
        </message>
        <message>
            <source>where the money goes in or out (for the books)</source>
            <translation>mahali fedha zinapoingia au kutoka (kwa ajili ya hesabu)</translation>
        </message>
        <message>
            <source>reverse an operation</source>
            <translation>batilisha muamala</translation>
        </message>
        <message>
            <source>Error: {message}</source>
            <translation>Hitilafu: {message}</translation>
        </message>
        <message>
            <source>--entry is YEAR:NUMBER, e.g. 2026:14; not '{value}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No activity found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No activity yet: 'coopdesk activity add TITLE --from DATE --to DATE' adds one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activity {number} added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say what to change: --title, --objective, --from, --to, --responsible, --budget, --indicator or --requirement.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activity {number} changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say the progress: --progress PERCENT.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress of activity {number} recorded: {status}, {progress} %.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say what to tag: --entry YEAR:NUMBER, or --line ID (one or more).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} line(s) tagged to activity {number}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} line(s) untagged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Responsible: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From {starts} to {ends}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objective: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indicator: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Requirement: {ref}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Budget {budget}, actual {actual}, variance {variance}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status: {status}, {progress} % (time gone: {expected} %)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress reports:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No progress report yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tagged lines:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No journal line tagged yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(reversed, not counted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no budget for {year} yet: 'coopdesk budget new --year {year}' starts one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No budget yet: 'coopdesk budget new --year NAME' starts one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>approved {day}, resolution {resolution}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>version {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Budget {year}, version {version}: a draft with {lines} line(s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read {path}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row {row} of {path}: give an account and an amount.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give ACCOUNT=AMOUNT pairs, or --file CSV.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write ACCOUNT=AMOUNT, e.g. 5105=36000000; not '{value}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account {code}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} account(s) set in the {year} budget.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--growth: '{value}' is not a percentage.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {year} budget proposed from the actuals of {source} plus {growth} %: {count} line(s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {year} budget, version {version}, approved on {day} (resolution {resolution}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>draft, not approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Budget {year}, version {version}: {approval}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation>Jina</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Bajeti</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Variance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>% used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OVER BUDGET</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Income</source>
            <translation>Mapato</translation>
        </message>
        <message>
            <source>Expenses</source>
            <translation>Matumizi</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Matokeo</translation>
        </message>
        <message>
            <source>No report named '{name}' here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the action plan: activities, progress and spending tagged from the books</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the activities with budget and actual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>only those running in this calendar year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>only the overdue ones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the day to judge against (default: today)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the first day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the last day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the responsible member's number (0: nobody, when changing)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the amount budgeted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a standard's requirement, e.g. craft:2.1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>add an activity to the plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>change an activity's plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>record a progress report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>per cent done, 0 to 100</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the report's date (default: today)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tag journal lines of posted entries to an activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>YEAR:NUMBER: the entry's debits to expense accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a journal line's id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>remove the tags of journal lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an activity with its reports and lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the annual budget by account, approved by the assembly, against the actual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the budgets and their versions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a fiscal year's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a new draft version of a year's budget</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>set amounts of a draft: ACCOUNT=AMOUNT...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>default: the latest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a CSV file of ACCOUNT,AMOUNT rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fill a draft from a year's actuals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the year to start from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>per cent added, e.g. 5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>approve a draft by an assembly's motion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the passed motion's id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the budget against the actual by account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>default: the latest approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{option}: give line numbers separated by commas, like 12,15.</source>
            <translation>{option}: weka namba za mistari zikitenganishwa kwa koma, kama 12,15.</translation>
        </message>
        <message>
            <source>No bank account yet: 'coopdesk bank add CODE --name NAME --kind bank --ledger CODE' adds one.</source>
            <translation>Bado hakuna akaunti ya benki: 'coopdesk bank add CODE --name NAME --kind bank --ledger CODE' inaongeza moja.</translation>
        </message>
        <message>
            <source>never reconciled</source>
            <translation>haijawahi kusuluhishwa</translation>
        </message>
        <message>
            <source>{n} lines, {u} unmatched</source>
            <translation>mistari {n}, {u} haijaoanishwa</translation>
        </message>
        <message>
            <source>reconciled to {date}</source>
            <translation>imesuluhishwa hadi {date}</translation>
        </message>
        <message>
            <source>book balance {amount}</source>
            <translation>salio la hesabu {amount}</translation>
        </message>
        <message>
            <source>Bank account {code} added.</source>
            <translation>Akaunti ya benki {code} imeongezwa.</translation>
        </message>
        <message>
            <source>{file} is not a JSON mapping: {error}</source>
            <translation>{file} si faili la JSON la ulinganisho wa safu: {error}</translation>
        </message>
        <message>
            <source>an object {...} is expected</source>
            <translation>kinatarajiwa kitu (object) {...}</translation>
        </message>
        <message>
            <source>Mapping {name} saved.</source>
            <translation>Ulinganisho wa safu {name} umehifadhiwa.</translation>
        </message>
        <message>
            <source>There is no saved mapping '{name}'.</source>
            <translation>Hakuna ulinganisho wa safu uliohifadhiwa kwa jina '{name}'.</translation>
        </message>
        <message>
            <source>{file} cannot be read: {error}</source>
            <translation>{file} haliwezi kusomwa: {error}</translation>
        </message>
        <message>
            <source>{file}: {format}, {lines} lines from {first} to {last}; {new} new, {known} already imported.</source>
            <translation>{file}: {format}, mistari {lines} kuanzia {first} hadi {last}; {new} mipya, {known} tayari imeingizwa.</translation>
        </message>
        <message>
            <source>{file}: {new} new line(s) imported, {known} already there ({first} to {last}).</source>
            <translation>{file}: mistari mipya {new} imeingizwa, {known} ilikuwepo tayari ({first} hadi {last}).</translation>
        </message>
        <message>
            <source> (brought forward)</source>
            <translation> (imeletwa mbele)</translation>
        </message>
        <message>
            <source>Would match</source>
            <translation>Ingeoanishwa</translation>
        </message>
        <message>
            <source>Matched</source>
            <translation>Imeoanishwa</translation>
        </message>
        <message>
            <source>{title}: {n}</source>
            <translation>{title}: {n}</translation>
        </message>
        <message>
            <source>Suggested: {n} (accept with 'coopdesk bank link --account {code} --bank B --book K', refuse with 'coopdesk bank reject ...')</source>
            <translation>Yaliyopendekezwa: {n} (kubali kwa 'coopdesk bank link --account {code} --bank B --book K', kataa kwa 'coopdesk bank reject ...')</translation>
        </message>
        <message>
            <source>Entries proposed by the rules: {n} (post them with 'coopdesk bank post-rules --account {code}')</source>
            <translation>Maingizo yaliyopendekezwa na kanuni: {n} (yaingize kwenye leja kwa 'coopdesk bank post-rules --account {code}')</translation>
        </message>
        <message>
            <source>Left on the statement: {n}</source>
            <translation>Mistari iliyobaki kwenye taarifa ya benki: {n}</translation>
        </message>
        <message>
            <source>Left in the books: {n}</source>
            <translation>Mistari iliyobaki kwenye hesabu: {n}</translation>
        </message>
        <message>
            <source>That pairing will not be proposed again.</source>
            <translation>Uoanishaji huo hautapendekezwa tena.</translation>
        </message>
        <message>
            <source>Matched (match {id}).</source>
            <translation>Imeoanishwa (uoanishaji {id}).</translation>
        </message>
        <message>
            <source>Match {id} undone.</source>
            <translation>Uoanishaji {id} umetenguliwa.</translation>
        </message>
        <message>
            <source>There is no statement line B{id} on account {code}.</source>
            <translation>Hakuna mstari B{id} wa taarifa ya benki kwenye akaunti {code}.</translation>
        </message>
        <message>
            <source>Entry {number} posted and matched to line B{id}.</source>
            <translation>Ingizo {number} limeingizwa kwenye leja na kuoanishwa na mstari B{id}.</translation>
        </message>
        <message>
            <source>No rule proposes an entry for the open statement lines.</source>
            <translation>Hakuna kanuni inayopendekeza ingizo kwa mistari ya taarifa ya benki ambayo bado haijaoanishwa.</translation>
        </message>
        <message>
            <source>{n} entries posted: {numbers}</source>
            <translation>Maingizo {n} yameingizwa kwenye leja: {numbers}</translation>
        </message>
        <message>
            <source>Rule {id} added.</source>
            <translation>Kanuni {id} imeongezwa.</translation>
        </message>
        <message>
            <source>Rule {id} deleted.</source>
            <translation>Kanuni {id} imefutwa.</translation>
        </message>
        <message>
            <source>No rule to suggest: the same words must have been booked by hand to the same account three times.</source>
            <translation>Hakuna kanuni ya kupendekeza: maneno yale yale lazima yawe yamerekodiwa kwa mkono kwenye akaunti ile ile mara tatu.</translation>
        </message>
        <message>
            <source>{name}: lines containing '{text}' -&gt; {target}</source>
            <translation>{name}: mistari yenye '{text}' -&gt; {target}</translation>
        </message>
        <message>
            <source>(inactive)</source>
            <translation>(haitumiki)</translation>
        </message>
        <message>
            <source>Reconciliation of {code} at {date}</source>
            <translation>Usuluhishi wa {code} tarehe {date}</translation>
        </message>
        <message>
            <source>  Balance in the books:                 {v}</source>
            <translation>  Salio kwenye hesabu:                      {v}</translation>
        </message>
        <message>
            <source>  Deposits not yet on the statement:    {v}</source>
            <translation>  Amana bado hazijaonekana kwenye taarifa:  {v}</translation>
        </message>
        <message>
            <source>  Payments not yet on the statement:    {v}</source>
            <translation>  Malipo bado hayajaonekana kwenye taarifa: {v}</translation>
        </message>
        <message>
            <source>  Balance on the statement:             {v}</source>
            <translation>  Salio kwenye taarifa ya benki:            {v}</translation>
        </message>
        <message>
            <source>  Balance the imported lines give:      {v}</source>
            <translation>  Salio la mistari iliyoingizwa:            {v}</translation>
        </message>
        <message>
            <source>  Difference:                           {v}</source>
            <translation>  Tofauti:                                  {v}</translation>
        </message>
        <message>
            <source>  Statement lines not in the books:     {v}</source>
            <translation>  Mistari ya taarifa isiyomo kwenye hesabu: {v}</translation>
        </message>
        <message>
            <source>Not finished: the reconciliation does not balance yet.</source>
            <translation>Haujakamilika: usuluhishi bado haulingani.</translation>
        </message>
        <message>
            <source>Reconciliation {id} finished and its lines locked.</source>
            <translation>Usuluhishi {id} umekamilika na mistari yake imefungwa.</translation>
        </message>
        <message>
            <source>done</source>
            <translation>umekamilika</translation>
        </message>
        <message>
            <source>reopened by {user}: {reason}</source>
            <translation>umefunguliwa tena na {user}: {reason}</translation>
        </message>
        <message>
            <source>Reconciliation {id} reopened.</source>
            <translation>Usuluhishi {id} umefunguliwa tena.</translation>
        </message>
        <message>
            <source>The bank reconciliation report needs the bank account: --account CODE.</source>
            <translation>Ripoti ya usuluhishi wa benki inahitaji akaunti ya benki: --account CODE.</translation>
        </message>
        <message>
            <source>bank and mobile-money accounts: statements, matching, reconciliation</source>
            <translation>akaunti za benki na za pesa kwa simu: taarifa za benki, uoanishaji, usuluhishi</translation>
        </message>
        <message>
            <source>list the accounts, one a line, the code first</source>
            <translation>orodhesha akaunti, moja kwa kila mstari, msimbo kwanza</translation>
        </message>
        <message>
            <source>add a bank or mobile-money account</source>
            <translation>ongeza akaunti ya benki au ya pesa kwa simu</translation>
        </message>
        <message>
            <source>the ledger account that holds its money</source>
            <translation>akaunti ya leja inayoshikilia fedha zake</translation>
        </message>
        <message>
            <source>the account number, IBAN or phone</source>
            <translation>namba ya akaunti, IBAN au simu</translation>
        </message>
        <message>
            <source>the saved mapping its CSV/Excel files are read with</source>
            <translation>ulinganisho wa safu uliohifadhiwa unaotumika kusoma faili zake za CSV/Excel</translation>
        </message>
        <message>
            <source>the first day of its statements; earlier book lines count as agreed</source>
            <translation>siku ya kwanza ya taarifa zake za benki; mistari ya hesabu ya kabla ya siku hiyo inahesabiwa kuwa imelingana</translation>
        </message>
        <message>
            <source>saved ways to read a bank's CSV or Excel files</source>
            <translation>njia zilizohifadhiwa za kusoma faili za CSV au Excel za benki</translation>
        </message>
        <message>
            <source>list the saved mappings</source>
            <translation>orodhesha ulinganisho wote wa safu uliohifadhiwa</translation>
        </message>
        <message>
            <source>show a mapping as JSON</source>
            <translation>onyesha ulinganisho wa safu kama JSON</translation>
        </message>
        <message>
            <source>save a mapping from a JSON file</source>
            <translation>hifadhi ulinganisho wa safu kutoka faili la JSON</translation>
        </message>
        <message>
            <source>import a statement file (OFX, CAMT.053, MT940, CSV, Excel)</source>
            <translation>ingiza faili la taarifa ya benki (OFX, CAMT.053, MT940, CSV, Excel)</translation>
        </message>
        <message>
            <source>a saved mapping, for CSV and Excel</source>
            <translation>ulinganisho wa safu uliohifadhiwa, kwa CSV na Excel</translation>
        </message>
        <message>
            <source>show the lines, import nothing</source>
            <translation>onyesha mistari, usiingize chochote</translation>
        </message>
        <message>
            <source>import a statement whose balances do not add up (it is recorded)</source>
            <translation>ingiza taarifa ya benki ambayo salio zake hazijumliki sawasawa (hili linarekodiwa)</translation>
        </message>
        <message>
            <source>list statement lines (B...) or book lines (K...)</source>
            <translation>orodhesha mistari ya taarifa ya benki (B...) au mistari ya hesabu (K...)</translation>
        </message>
        <message>
            <source>the book lines instead</source>
            <translation>mistari ya hesabu badala yake</translation>
        </message>
        <message>
            <source>match the statement to the books: prints what was matched, suggested and left</source>
            <translation>oanisha taarifa ya benki na hesabu: inaonyesha kilichooanishwa, kilichopendekezwa na kilichobaki</translation>
        </message>
        <message>
            <source>save nothing</source>
            <translation>usihifadhi chochote</translation>
        </message>
        <message>
            <source>match statement lines to book lines by hand</source>
            <translation>oanisha mistari ya taarifa ya benki na mistari ya hesabu kwa mkono</translation>
        </message>
        <message>
            <source>refuse a suggested match</source>
            <translation>kataa uoanishaji uliopendekezwa</translation>
        </message>
        <message>
            <source>statement lines, like B12,B13</source>
            <translation>mistari ya taarifa ya benki, kama B12,B13</translation>
        </message>
        <message>
            <source>book lines, like K40</source>
            <translation>mistari ya hesabu, kama K40</translation>
        </message>
        <message>
            <source>undo a match</source>
            <translation>tengua uoanishaji</translation>
        </message>
        <message>
            <source>never propose it again</source>
            <translation>usiupendekeze tena kamwe</translation>
        </message>
        <message>
            <source>post the entry a statement line needs, and match it</source>
            <translation>ingiza kwenye leja ingizo ambalo mstari wa taarifa ya benki unahitaji, na uuoanishe</translation>
        </message>
        <message>
            <source>the statement line, like B12</source>
            <translation>mstari wa taarifa ya benki, kama B12</translation>
        </message>
        <message>
            <source>the ledger account of the other side</source>
            <translation>akaunti ya leja ya upande mwingine</translation>
        </message>
        <message>
            <source>post the entries the rules propose</source>
            <translation>ingiza kwenye leja maingizo yanayopendekezwa na kanuni</translation>
        </message>
        <message>
            <source>rules that make entries for charges, interest, fees</source>
            <translation>kanuni zinazotengeneza maingizo ya gharama, riba na ada</translation>
        </message>
        <message>
            <source>list the rules in order</source>
            <translation>orodhesha kanuni kwa mpangilio wake</translation>
        </message>
        <message>
            <source>add a rule at the end</source>
            <translation>ongeza kanuni mwishoni</translation>
        </message>
        <message>
            <source>the ledger account the lines go to</source>
            <translation>akaunti ya leja ambako mistari inakwenda</translation>
        </message>
        <message>
            <source>only this bank account's lines</source>
            <translation>mistari ya akaunti hii ya benki tu</translation>
        </message>
        <message>
            <source>the share that is a fee, like 1.5%%</source>
            <translation>sehemu ambayo ni ada, kama 1.5%%</translation>
        </message>
        <message>
            <source>delete a rule</source>
            <translation>futa kanuni</translation>
        </message>
        <message>
            <source>rules suggested from the entries made by hand</source>
            <translation>kanuni zinazopendekezwa kutokana na maingizo yaliyofanywa kwa mkono</translation>
        </message>
        <message>
            <source>reconcile at a statement date; finishes it when the books and the bank agree</source>
            <translation>suluhisha kwa tarehe ya taarifa ya benki; usuluhishi unakamilika pale hesabu na benki zinapolingana</translation>
        </message>
        <message>
            <source>the statement's closing balance</source>
            <translation>salio la kufunga la taarifa ya benki</translation>
        </message>
        <message>
            <source>show it, save nothing</source>
            <translation>uonyeshe, usihifadhi chochote</translation>
        </message>
        <message>
            <source>list the reconciliations, latest first</source>
            <translation>orodhesha usuluhishi uliofanyika, wa karibuni kwanza</translation>
        </message>
        <message>
            <source>reopen the latest reconciliation of an account</source>
            <translation>fungua tena usuluhishi wa mwisho wa akaunti</translation>
        </message>
        <message>
            <source>--{field}: '{value}' is not a number.</source>
            <translation>--{field}: '{value}' si namba.</translation>
        </message>
        <message>
            <source>--{field}: '{value}' is not a whole number.</source>
            <translation>--{field}: '{value}' si namba kamili.</translation>
        </message>
        <message>
            <source>Installed the {template} chart: {count} accounts.</source>
            <translation>Orodha ya akaunti ya {template} imewekwa: akaunti {count}.</translation>
        </message>
        <message>
            <source>No chart of accounts yet: run 'coopdesk books chart general' (or syscohada).</source>
            <translation>Bado hakuna orodha ya akaunti: endesha 'coopdesk books chart general' (au syscohada).</translation>
        </message>
        <message>
            <source>Account {code} added.</source>
            <translation>Akaunti {code} imeongezwa.</translation>
        </message>
        <message>
            <source>Fiscal year {year} opened.</source>
            <translation>Mwaka wa fedha {year} umefunguliwa.</translation>
        </message>
        <message>
            <source>Fiscal year {year} closed.</source>
            <translation>Mwaka wa fedha {year} umefungwa.</translation>
        </message>
        <message>
            <source>Closing entry {number}.</source>
            <translation>Ingizo la kufunga {number}.</translation>
        </message>
        <message>
            <source>Period starting {date} closed.</source>
            <translation>Kipindi kinachoanza {date} kimefungwa.</translation>
        </message>
        <message>
            <source>--line is ACCOUNT:DEBIT:CREDIT[:MEMBER], e.g. 1105:500: or 3105::500:12; not '{value}'.</source>
            <translation>--line ni ACCOUNT:DEBIT:CREDIT[:MEMBER] (akaunti:debiti:krediti[:mwanachama]), mfano 1105:500: au 3105::500:12; si '{value}'.</translation>
        </message>
        <message>
            <source>{file} attached to entry {number}.</source>
            <translation>{file} limeambatishwa kwenye ingizo {number}.</translation>
        </message>
        <message>
            <source>Entry {number} of {year} posted.</source>
            <translation>Ingizo {number} la {year} limeingizwa kwenye leja.</translation>
        </message>
        <message>
            <source>{count} entries written to {path}.</source>
            <translation>Maingizo {count} yameandikwa katika {path}.</translation>
        </message>
        <message>
            <source>{count} entries imported from {file}.</source>
            <translation>Maingizo {count} yameingizwa kutoka {file}.</translation>
        </message>
        <message>
            <source>'{kind}' is not a kind of {direction}; see 'coopdesk cash kinds'.</source>
            <translation>'{kind}' si aina ya {direction}; angalia 'coopdesk cash kinds'.</translation>
        </message>
        <message>
            <source>Production lot {number} recorded.</source>
            <translation>Loti ya uzalishaji {number} imerekodiwa.</translation>
        </message>
        <message>
            <source>Purchase {number} recorded.</source>
            <translation>Ununuzi {number} umerekodiwa.</translation>
        </message>
        <message>
            <source>--lot is NUMBER:GRAMS, e.g. 12:7.5; not '{value}'.</source>
            <translation>--lot ni NUMBER:GRAMS (namba ya loti:gramu), mfano 12:7.5; si '{value}'.</translation>
        </message>
        <message>
            <source>Sale {number} recorded.</source>
            <translation>Mauzo {number} yamerekodiwa.</translation>
        </message>
        <message>
            <source>Say which election: --election ID (see 'coopdesk election list').</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say which meeting: --meeting ID (see 'coopdesk meeting list').</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say the format: --format pdf, xlsx or csv.</source>
            <translation>Taja muundo: --format pdf, xlsx au csv.</translation>
        </message>
        <message>
            <source>Report written to {path}.</source>
            <translation>Ripoti imeandikwa katika {path}.</translation>
        </message>
        <message>
            <source>chart of accounts, fiscal years and periods</source>
            <translation>orodha ya akaunti, miaka ya fedha na vipindi</translation>
        </message>
        <message>
            <source>install a chart of accounts template</source>
            <translation>weka kiolezo cha orodha ya akaunti</translation>
        </message>
        <message>
            <source>the chart with balances</source>
            <translation>orodha ya akaunti pamoja na salio</translation>
        </message>
        <message>
            <source>balances at this date (default: today)</source>
            <translation>salio hadi tarehe hii (kwa kawaida: leo)</translation>
        </message>
        <message>
            <source>add an account under a heading</source>
            <translation>ongeza akaunti chini ya kichwa</translation>
        </message>
        <message>
            <source>the heading's code</source>
            <translation>msimbo wa kichwa</translation>
        </message>
        <message>
            <source>which account serves which purpose; ROLE CODE sets one</source>
            <translation>akaunti ipi inatumika kwa kazi ipi; ROLE CODE huweka moja</translation>
        </message>
        <message>
            <source>fiscal years</source>
            <translation>miaka ya fedha</translation>
        </message>
        <message>
            <source>open a fiscal year with monthly periods</source>
            <translation>fungua mwaka wa fedha wenye vipindi vya kila mwezi</translation>
        </message>
        <message>
            <source>year-end closing: income and expenses to the result</source>
            <translation>kufunga mwaka: mapato na matumizi kwenda kwenye matokeo</translation>
        </message>
        <message>
            <source>close a monthly period</source>
            <translation>funga kipindi cha mwezi</translation>
        </message>
        <message>
            <source>the period's first day</source>
            <translation>siku ya kwanza ya kipindi</translation>
        </message>
        <message>
            <source>journal entries</source>
            <translation>maingizo ya jarida</translation>
        </message>
        <message>
            <source>list entries</source>
            <translation>orodhesha maingizo</translation>
        </message>
        <message>
            <source>post an entry</source>
            <translation>ingiza ingizo kwenye leja</translation>
        </message>
        <message>
            <source>ACCOUNT:DEBIT:CREDIT[:MEMBER], once per line</source>
            <translation>ACCOUNT:DEBIT:CREDIT[:MEMBER], mara moja kwa kila mstari</translation>
        </message>
        <message>
            <source>reverse a posted entry</source>
            <translation>batilisha ingizo lililoingizwa kwenye leja</translation>
        </message>
        <message>
            <source>attach a scanned receipt (image or PDF)</source>
            <translation>ambatisha stakabadhi iliyochanganuliwa (picha au PDF)</translation>
        </message>
        <message>
            <source>write the journal for hledger or ledger-cli</source>
            <translation>andika jarida kwa ajili ya hledger au ledger-cli</translation>
        </message>
        <message>
            <source>file (default: standard output)</source>
            <translation>faili (kwa kawaida: standard output)</translation>
        </message>
        <message>
            <source>import entries, or opening balances, from Excel or CSV</source>
            <translation>ingiza maingizo, au salio la kuanzia, kutoka Excel au CSV</translation>
        </message>
        <message>
            <source>the fiscal year of opening balances (a file without dates)</source>
            <translation>mwaka wa fedha wa salio la kuanzia (faili lisilo na tarehe)</translation>
        </message>
        <message>
            <source>the cash book: receipts and payments</source>
            <translation>daftari la fedha: mapokezi na malipo</translation>
        </message>
        <message>
            <source>the kinds of receipts and payments</source>
            <translation>aina za mapokezi na malipo</translation>
        </message>
        <message>
            <source>record a receipt</source>
            <translation>rekodi mapokezi</translation>
        </message>
        <message>
            <source>record a payment</source>
            <translation>rekodi malipo</translation>
        </message>
        <message>
            <source>see 'coopdesk cash kinds'</source>
            <translation>angalia 'coopdesk cash kinds'</translation>
        </message>
        <message>
            <source>the account, for the kinds 'other'</source>
            <translation>akaunti, kwa aina za 'other'</translation>
        </message>
        <message>
            <source>a scanned receipt (image or PDF)</source>
            <translation>stakabadhi iliyochanganuliwa (picha au PDF)</translation>
        </message>
        <message>
            <source>production, purchases and sales</source>
            <translation>uzalishaji, manunuzi na mauzo</translation>
        </message>
        <message>
            <source>list production lots</source>
            <translation>orodhesha loti za uzalishaji</translation>
        </message>
        <message>
            <source>record a production lot</source>
            <translation>rekodi loti ya uzalishaji</translation>
        </message>
        <message>
            <source>parts per thousand, e.g. 916</source>
            <translation>sehemu kwa elfu, mfano 916</translation>
        </message>
        <message>
            <source>a work group's name, instead of a member</source>
            <translation>jina la kikundi cha kazi, badala ya mwanachama</translation>
        </message>
        <message>
            <source>buy gold from a member</source>
            <translation>nunua dhahabu kutoka kwa mwanachama</translation>
        </message>
        <message>
            <source>price of a gram of fine metal</source>
            <translation>bei ya gramu moja ya metali safi</translation>
        </message>
        <message>
            <source>record a sale to a buyer</source>
            <translation>rekodi mauzo kwa mnunuzi</translation>
        </message>
        <message>
            <source>NUMBER:GRAMS, once per lot</source>
            <translation>NUMBER:GRAMS, mara moja kwa kila loti</translation>
        </message>
        <message>
            <source>the Fairmined premium, apart from the price</source>
            <translation>malipo ya ziada ya Fairmined, mbali na bei</translation>
        </message>
        <message>
            <source>write a report as PDF, Excel or CSV</source>
            <translation>andika ripoti kama PDF, Excel au CSV</translation>
        </message>
        <message>
            <source>without the previous period</source>
            <translation>bila kipindi kilichopita</translation>
        </message>
        <message>
            <source>the meeting, for its documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the election, for its documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the year of the minutes book, the action plan or the budget</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the business plan (else the latest)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>craft, fairmined or maendeleo (else all)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>how many numbered ballot papers to print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no business plan yet: 'coopdesk plan new TITLE --first-year YEAR' makes one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--year: the plan runs from {first} to {last}; {year} is not one of its years.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No business plan yet: 'coopdesk plan new TITLE --first-year YEAR' makes one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{status}, resolution {ref}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status: {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cash at the start: {amount} {currency}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Section {key} ({label}): {words} words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Year</source>
            <translation>Mwaka</translation>
        </message>
        <message>
            <source>Fine grams sold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Price per gram</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Premium per gram</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>per gram</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>per year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Projected income statement ({currency})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sales of metal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Variable costs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fixed costs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Depreciation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interest on loans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Operating result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Premium income</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Net result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Investments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>members {members}, premium {premium}, loan {loan}, grant {grant}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Break-even</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cash projection ({currency})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cash at the start of the year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Money in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Money out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cash at the end of the year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Business plan {id} created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the section's text with --file PATH or --text TEXT.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--file: cannot read {path}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Section {key} saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Year {year} saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cost line {id} added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cost line {id} removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Investment {id} added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Investment {id} removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The plan starts from the books of {year}: {grams} g sold at {price} a gram, {count} cost lines.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Business plan {id} adopted by resolution {ref}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Business plan {id} copied as draft {new}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the business plan: sections, projections, investments, adoption</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>list the business plans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>make a new draft plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the calendar year of the plan's first year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3 to 5 years (default 3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the cash at the start of the plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>print a plan and its projection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the plan (default: the latest)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>write a section of the plan (Markdown)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a text file with the section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the section's text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>set a year's production and prices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the calendar year, or its place in the plan (1 to 5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fine grams sold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>price per fine gram</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>premium per fine gram</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>add or remove a cost line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>add a cost line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the amount of each year in order (one for every year)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the amounts are per gram sold (else per year)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the expense account group's code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>remove a cost line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the cost line's number (see 'plan show')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>add or remove an investment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>add an investment and its funding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>paid by the members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>paid from the premium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>borrowed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>from a grant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the loan's interest, per cent a year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>useful life in years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>remove an investment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the investment's number (see 'plan show')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>start the plan from a fiscal year's books</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the fiscal year's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>record the passed motion that adopted the plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>copy a plan as a new draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There are no bylaws yet: 'coopdesk bylaws presets' lists the presets, 'coopdesk bylaws preset NAME' installs one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The bylaws in force are now the preset {name} ({label}); 'coopdesk bylaws show' says them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} cannot be written: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The bylaws {name} were written to {file}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is not a text file in UTF-8.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is not valid JSON: line {line}, column {column}: {error}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} does not hold bylaws: an object {{...}} with the rules is expected, as 'coopdesk bylaws export' writes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}: {count} problem(s); nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The bylaws {name} from {file} are now in force.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the bylaws: quorum, majorities, notice, the board, ties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>say the bylaws in force in plain sentences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>list the preset bylaws</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>make a preset the bylaws in force</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the preset, as 'bylaws presets' lists it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>write the bylaws in force to a JSON file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>make the bylaws of a JSON file the bylaws in force (checked first)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}, line {line}: the file is not UTF-8 text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draw the lot, then enter it: coopdesk election lot {id} MEMBER --drawn-by NAME (MEMBER: one of {members}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elected, in order:</source>
            <translation>Waliochaguliwa, kwa mpangilio:</translation>
        </message>
        <message>
            <source>  {n}. {name} (member {number})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No election yet: 'coopdesk election create TITLE --method METHOD --seats N' creates one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{seats} seat(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} candidate(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} ballot(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage: {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Method: {method}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seats: {seats}; ballots: {entry}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Position: {position}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Candidates:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No candidates yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>  {place}. {name} (member {number})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>withdrawn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voters checked off the roll: {checked}; ballots: {ballots}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checked off and not yet voted: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counted: {valid} valid vote(s), {blank} blank paper(s), {rounds} round(s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quota: {quota}</source>
            <translation>Idadi ya chini: {quota}</translation>
        </message>
        <message>
            <source>Lot {n}: {name} (member {number}), drawn by {who}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Election {id} created: {title}. Next: coopdesk election nominations {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nominations are open for election {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (member {number}) is candidate {place} on the ballot paper.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Member {number} has withdrawn from election {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The poll of election {id} is open: check the voters off the roll as they vote.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Member {number} checked off the roll ({count} so far).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The poll is closed: {checked} voter(s) checked off, {ballots} ballot(s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line}: '{token}' is not a candidate's place on the paper (a number from 1 to {count}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file holds no papers: write one paper a line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} paper(s) entered; {total} in the ballot box.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{item}' is not PLACE=COUNT (the candidate's place on the paper and their papers, like 2=15).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Candidate {place} is given twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{total} paper(s) in the ballot box.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write {path}: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} paper(s) entered from {file}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>elections: nominations, the roll, paper ballots, the count, the results sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>list the elections, the latest first, the number first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>show an election: its stage, candidates, roll and count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>create an election (in draft)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the post of the bylaws it fills</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ballots cast in the window's booth, or on paper and entered by the tellers (default: booth)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open the nominations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>put a member on the ballot paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the day eligibility is judged (default: today)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a candidate stands down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open the poll (the ballot paper is then fixed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>check a voter off the roll</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>close the poll</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>enter paper ballots from a file, one paper a line: the candidates' places, first choice first, like '2 1 3'; a blank line is a blank paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file, or - for standard input</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>enter a plurality election's totals counted by the tellers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>blank papers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>count the closed poll and print the elected in order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>enter the lot the count asked for, then count again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the candidate the lot chose (member number)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>who drew the lot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>write the ballots of a closed poll as a BLT file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file, or - for standard output</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>enter a paper election's ballots from a BLT file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the results sheet, as PDF or Excel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>numbered paper ballots to print (PDF)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>how many papers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No stage yet: 'coopdesk formal add KIND TITLE' adds one; the kinds are {kinds}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>issued {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expires {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fees {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} document(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{granted} of {total} stages granted and valid on {day}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Authority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applied on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issued on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expires on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mining site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation>Maelezo</translation>
        </message>
        <message>
            <source>Document {id}: {file} ({size}, sha256 {sha})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fee: entry {entry} of {day}, {amount}: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--within: give a number of days, 0 or more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing has expired and nothing expires within {days} days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} could not be written: {reason}</source>
            <translation>Haikuwezekana kuandika {path}: {reason}</translation>
        </message>
        <message>
            <source>Document {id} saved to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage {id} added: {title}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--clear {name}: the same field is also given a value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say what to change, e.g. --status granted --issued 2026-03-01 --reference 123.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage {id} updated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} could not be read: {reason}</source>
            <translation>{file} halikuweza kusomwa: {reason}</translation>
        </message>
        <message>
            <source>{file} kept with stage {id} as document {doc}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entry {entry} ({amount}) linked as a fee of stage {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entry {entry} is no longer a fee of stage {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>who grants it, e.g. the regional environmental authority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the number of the certificate, licence or title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>applied for on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>issued on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the last day it is valid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the mining site it is about (name or id)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the formalisation path: registrations, licences, titles, their documents and fees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the stages in the path's order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>as they stand on this day (default: today)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>one stage with its documents and fees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>add a stage to the path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>change a stage's fields</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>empty a field (may be repeated)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>keep a scanned document (PDF, JPEG, PNG) with a stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>save a kept document to a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the document's number (see 'formal show')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file or folder (default: its own name here)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>link the posted entry that paid a fee of a stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unlink an entry from a stage's fees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>what has expired or expires soon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--lot: '{value}' is not a candidate of this election (give the candidate's number, 1 to {count}, or name).</source>
            <translation>--lot: '{value}' si mgombea wa uchaguzi huu (toa namba ya mgombea, 1 hadi {count}, au jina lake).</translation>
        </message>
        <message>
            <source>first count</source>
            <translation>hesabu ya kwanza</translation>
        </message>
        <message>
            <source>surplus of {who} transferred</source>
            <translation>ziada ya {who} imehamishwa</translation>
        </message>
        <message>
            <source>{who} excluded</source>
            <translation>{who} ameondolewa</translation>
        </message>
        <message>
            <source>{who} elected</source>
            <translation>{who} amechaguliwa</translation>
        </message>
        <message>
            <source>reached the quota</source>
            <translation>amefikia idadi ya chini</translation>
        </message>
        <message>
            <source>fewest votes</source>
            <translation>kura chache zaidi</translation>
        </message>
        <message>
            <source>largest surplus</source>
            <translation>ziada kubwa zaidi</translation>
        </message>
        <message>
            <source>more than half the votes</source>
            <translation>zaidi ya nusu ya kura</translation>
        </message>
        <message>
            <source>as many candidates left as seats</source>
            <translation>wagombea waliobaki ni sawa na viti</translation>
        </message>
        <message>
            <source>last candidate standing</source>
            <translation>mgombea wa mwisho aliyebaki</translation>
        </message>
        <message>
            <source>most votes</source>
            <translation>kura nyingi zaidi</translation>
        </message>
        <message>
            <source>tie broken by the votes at round {round}</source>
            <translation>sare imeamuliwa kwa kura za duru {round}</translation>
        </message>
        <message>
            <source>tie broken by lot {n}</source>
            <translation>sare imeamuliwa kwa kura ya bahati {n}</translation>
        </message>
        <message>
            <source>no votes: excluded in ballot-paper order</source>
            <translation>hawana kura: wameondolewa kwa mpangilio wa karatasi ya kura</translation>
        </message>
        <message>
            <source>{count} candidates, {seats} seat(s), {valid} valid vote(s), {blank} blank paper(s); method: {method}</source>
            <translation>wagombea {count}, viti {seats}, kura halali {valid}, karatasi tupu {blank}; mbinu: {method}</translation>
        </message>
        <message>
            <source>Round {n}</source>
            <translation>Duru {n}</translation>
        </message>
        <message>
            <source>non-transferable</source>
            <translation>zisizohamishika</translation>
        </message>
        <message>
            <source>lost to truncation</source>
            <translation>zilizopotea kwa ukataji</translation>
        </message>
        <message>
            <source>Count again with --lot and the candidate the lot chose (number or name), once per lot drawn, in the order drawn.</source>
            <translation>Hesabu tena kwa --lot na mgombea aliyechaguliwa na kura ya bahati (namba au jina), mara moja kwa kila kura ya bahati, kwa mpangilio ilivyopigwa.</translation>
        </message>
        <message>
            <source>count a ballot file (BLT) and print the rounds and the winners in order of election</source>
            <translation>hesabu faili ya kura (BLT) na uchapishe duru na waliochaguliwa kwa mpangilio wa kuchaguliwa</translation>
        </message>
        <message>
            <source>the ballot file, in BLT format</source>
            <translation>faili ya kura, katika muundo wa BLT</translation>
        </message>
        <message>
            <source>the candidate a drawn lot chose (number or name); once per lot, in the order drawn</source>
            <translation>mgombea aliyechaguliwa na kura ya bahati (namba au jina); mara moja kwa kila kura, kwa mpangilio ilivyopigwa</translation>
        </message>
        <message>
            <source>print only the elected candidates' names, one a line, in order</source>
            <translation>chapisha majina ya waliochaguliwa tu, moja kwa mstari, kwa mpangilio</translation>
        </message>
        <message>
            <source>'{value}' is not a date and time; write "YYYY-MM-DD HH:MM".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ITEM: the agenda of meeting {id} has no item {place} (it has {count} items).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No meeting yet: 'coopdesk meeting create KIND TITLE --at "YYYY-MM-DD HH:MM"' plans one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>minutes No. {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PASSED, resolution {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NOT PASSED</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>    Motion {id}: {text} [{decision}] - {result}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>      in favour {yes}, against {no}, abstentions {abstain}, invalid {invalid}; {explanation}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When: {when}; place: {place}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Convened on: {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(second convocation)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened {opened}, closed {closed}; chair {chair}, secretary {secretary}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entitled {eligible}, present {present}, represented {represented}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agenda:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proxy: {giver} ({giver_name}) represented by {holder} ({holder_name})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>president</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>secretary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed by {user} ({role}) on {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes book No. {number}, digest {digest}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>first call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>second call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needed {required} ({call}); present or represented {there}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting {id} created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agenda of meeting {id}: {count} items.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item {place} added to the agenda.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting {id} convened on {day}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting {id} is open: {eligible} entitled to attend.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Member {giver} is represented by member {holder}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--vote: write MEMBER=yes, MEMBER=no or MEMBER=abstain, not '{text}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give either --yes/--no/--abstain or --vote, not both.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give --yes, --no and --abstain (a show of hands), or --vote MEMBER=yes|no|abstain for each voter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Motion {id} PASSED: resolution {number}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Motion {id} NOT PASSED.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--file: {file} cannot be read as UTF-8 text: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes of item {place} saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting {id} closed: the president and the secretary may now sign the minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The other signature is still needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The minutes are final.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No officer on {day}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ended {day}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>term over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{days} days left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mandate {id}: member {number} as {position}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mandate {id} ended on {day}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No grievance.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome ({day}): {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grievance {id} opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step added to grievance {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grievance {id} closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>meetings: convocation, attendance, quorum, motions, minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>list the meetings, the latest first, the number first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>show a meeting: agenda, motions, attendance, signatures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>plan a meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an agenda item, in order; repeat it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the second convocation of a meeting that lacked its quorum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>replace the agenda of a meeting not yet convened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>add an item at the end of the agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>record the day the convocation went out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open the session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>who takes the minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a member arrives; prints the quorum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>how the member was found at the door</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a member leaves; prints the quorum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an absent member is represented by one present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the quorum now: who is needed, who is there</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>put a motion to the vote under an agenda item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the item's number on the agenda, from 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a named vote: yes, no or abstain; repeat for each voter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>write the minutes of an agenda item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a UTF-8 text file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>close the session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sign the minutes as president or as secretary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the day (default: today)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>every term, ended ones too</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the officers: who holds which position, their terms and warnings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the team, its terms and the warnings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>enter a member's term by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the last day (default: the bylaws' term)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>end a term early</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the last day of the term</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the register of grievances</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the register, the latest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>only those not closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open a grievance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>default: today</source>
            <translation>kwa kawaida: leo</translation>
        </message>
        <message>
            <source>a hearing, mediation, decision or note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>close a grievance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--use is CODE:TITLE:BUDGET, e.g. EDU:Scholarships:2000000; not '{value}'.</source>
            <translation>--use ni CODE:TITLE:BUDGET (msimbo:jina:bajeti), mfano EDU:Ufadhili:2000000; si '{value}'.</translation>
        </message>
        <message>
            <source>--use {code}: {reason}</source>
            <translation>--use {code}: {reason}</translation>
        </message>
        <message>
            <source>No premium use plan yet: 'coopdesk premium new NAME --from DATE --to DATE --use CODE:TITLE:BUDGET'.</source>
            <translation>Bado hakuna mpango wa matumizi ya malipo ya ziada: 'coopdesk premium new NAME --from DATE --to DATE --use CODE:TITLE:BUDGET'.</translation>
        </message>
        <message>
            <source>not approved</source>
            <translation>haujaidhinishwa</translation>
        </message>
        <message>
            <source>Premium use plan “{name}” created with {count} use(s).</source>
            <translation>Mpango wa matumizi ya malipo ya ziada “{name}” umeundwa ukiwa na matumizi {count}.</translation>
        </message>
        <message>
            <source>Premium use plan “{name}” approved.</source>
            <translation>Mpango wa matumizi ya malipo ya ziada “{name}” umeidhinishwa.</translation>
        </message>
        <message>
            <source>Entry {entry} tagged to {code}.</source>
            <translation>Ingizo {entry} limehusishwa na {code}.</translation>
        </message>
        <message>
            <source>Entry {entry} untagged from {code}.</source>
            <translation>Ingizo {entry} limeondolewa kwenye {code}.</translation>
        </message>
        <message>
            <source>Approved: {date} {ref}</source>
            <translation>Umeidhinishwa: {date} {ref}</translation>
        </message>
        <message>
            <source>Not approved yet</source>
            <translation>Bado haujaidhinishwa</translation>
        </message>
        <message>
            <source>Premium received in the period: {amount}</source>
            <translation>Malipo ya ziada yaliyopokelewa katika kipindi: {amount}</translation>
        </message>
        <message>
            <source>Planned: {planned}; spent: {spent}; left: {left}</source>
            <translation>Kilichopangwa: {planned}; kilichotumika: {spent}; kilichobaki: {left}</translation>
        </message>
        <message>
            <source>Use code</source>
            <translation>Msimbo</translation>
        </message>
        <message>
            <source>Planned use</source>
            <translation>Matumizi yaliyopangwa</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>Kilichotumika</translation>
        </message>
        <message>
            <source>Remaining</source>
            <translation>Kilichobaki</translation>
        </message>
        <message>
            <source>% spent</source>
            <translation>% iliyotumika</translation>
        </message>
        <message>
            <source>the Fairmined premium use plan</source>
            <translation>mpango wa matumizi ya malipo ya ziada ya Fairmined</translation>
        </message>
        <message>
            <source>list the premium use plans</source>
            <translation>orodhesha mipango ya matumizi ya malipo ya ziada</translation>
        </message>
        <message>
            <source>a new plan with its planned uses</source>
            <translation>mpango mpya pamoja na matumizi yake yaliyopangwa</translation>
        </message>
        <message>
            <source>a planned use, once per use</source>
            <translation>matumizi yaliyopangwa, mara moja kwa kila matumizi</translation>
        </message>
        <message>
            <source>the date the assembly approved it</source>
            <translation>tarehe ambayo mkutano mkuu uliuidhinisha</translation>
        </message>
        <message>
            <source>the reference of the assembly's resolution</source>
            <translation>kumbukumbu ya azimio la mkutano mkuu</translation>
        </message>
        <message>
            <source>record the assembly's approval of a plan</source>
            <translation>rekodi idhini ya mkutano mkuu kwa mpango</translation>
        </message>
        <message>
            <source>count a posted entry as spending on a planned use</source>
            <translation>hesabu ingizo lililoingizwa kwenye leja kama gharama ya matumizi yaliyopangwa</translation>
        </message>
        <message>
            <source>the use's code</source>
            <translation>msimbo wa matumizi</translation>
        </message>
        <message>
            <source>part of the entry (default: its expenses)</source>
            <translation>sehemu ya ingizo (kwa kawaida: gharama zake)</translation>
        </message>
        <message>
            <source>stop counting an entry as spending on a use</source>
            <translation>acha kuhesabu ingizo kama gharama ya matumizi</translation>
        </message>
        <message>
            <source>the plan's execution; a PDF, Excel or CSV with -o</source>
            <translation>utekelezaji wa mpango; PDF, Excel au CSV kwa -o</translation>
        </message>
        <message>
            <source>no funds</source>
            <translation>hakuna mifuko</translation>
        </message>
        <message>
            <source>Policy {name} saved from the preset {preset}.</source>
            <translation>Sera {name} imehifadhiwa kutoka kiolezo {preset}.</translation>
        </message>
        <message>
            <source>No sharing policy yet: 'coopdesk share policy preset colombia' (or ohada, premium) installs one.</source>
            <translation>Bado hakuna sera ya mgawanyo: 'coopdesk share policy preset colombia' (au ohada, premium) huweka moja.</translation>
        </message>
        <message>
            <source>There is no sharing policy “{name}”.</source>
            <translation>Hakuna sera ya mgawanyo “{name}”.</translation>
        </message>
        <message>
            <source>Policy {name}</source>
            <translation>Sera {name}</translation>
        </message>
        <message>
            <source>Funds, in order:</source>
            <translation>Mifuko, kwa mpangilio:</translation>
        </message>
        <message>
            <source>until it reaches {cap} % of the paid-up capital</source>
            <translation>hadi ufikie {cap} % ya mtaji uliolipwa</translation>
        </message>
        <message>
            <source>(account {code})</source>
            <translation>(akaunti {code})</translation>
        </message>
        <message>
            <source>The members' part, by:</source>
            <translation>Sehemu ya wanachama, kwa:</translation>
        </message>
        <message>
            <source>At least {days} active days in the period.</source>
            <translation>Angalau siku {days} za shughuli katika kipindi.</translation>
        </message>
        <message>
            <source>Suspended members take no part.</source>
            <translation>Wanachama waliosimamishwa hawashiriki.</translation>
        </message>
        <message>
            <source>Suspended members take part.</source>
            <translation>Wanachama waliosimamishwa wanashiriki.</translation>
        </message>
        <message>
            <source>Interest on capital capped at {rate} % a year.</source>
            <translation>Riba ya mtaji ina kikomo cha {rate} % kwa mwaka.</translation>
        </message>
        <message>
            <source>Payouts rounded to multiples of {unit} minor unit(s).</source>
            <translation>Malipo yanakadiriwa kwa mafungu ya senti {unit}.</translation>
        </message>
        <message>
            <source>A payout not collected after {days} days is listed as unclaimed.</source>
            <translation>Malipo yasiyochukuliwa baada ya siku {days} huorodheshwa kama yasiyodaiwa.</translation>
        </message>
        <message>
            <source>--amount: say the amount to share ({source}).</source>
            <translation>--amount: taja kiasi cha kugawa ({source}).</translation>
        </message>
        <message>
            <source>--year: say which closed year's surplus is shared.</source>
            <translation>--year: taja ni ziada ya mwaka upi uliofungwa inayogawanywa.</translation>
        </message>
        <message>
            <source>--from and --to go together: give both, or neither.</source>
            <translation>--from na --to huenda pamoja: weka vyote viwili, au usiweke chochote.</translation>
        </message>
        <message>
            <source>Distribution {number} computed as a draft: {shared} {currency} to {count} member(s).</source>
            <translation>Mgao {number} umekokotolewa kama rasimu: {shared} {currency} kwa wanachama {count}.</translation>
        </message>
        <message>
            <source>No distribution yet: 'coopdesk share new' computes one.</source>
            <translation>Bado hakuna mgao: 'coopdesk share new' hukokotoa mmoja.</translation>
        </message>
        <message>
            <source>-o: say the file to write the {format} to.</source>
            <translation>-o: taja faili la kuandikia {format}.</translation>
        </message>
        <message>
            <source>Distribution {number}: {title} — {status}</source>
            <translation>Mgao {number}: {title} — {status}</translation>
        </message>
        <message>
            <source>Period {start} to {end}, policy {policy}, source account {account}.</source>
            <translation>Kipindi {start} hadi {end}, sera {policy}, akaunti ya chanzo {account}.</translation>
        </message>
        <message>
            <source>Amount shared: {amount} {currency}</source>
            <translation>Kiasi kinachogawanywa: {amount} {currency}</translation>
        </message>
        <message>
            <source>(capped)</source>
            <translation>(umefikia kikomo)</translation>
        </message>
        <message>
            <source>Members' part: {pool} {currency}; the members receive {shared}, {residue} is left by rounding.</source>
            <translation>Sehemu ya wanachama: {pool} {currency}; wanachama wanapokea {shared}, {residue} kinabaki kutokana na ukadiriaji.</translation>
        </message>
        <message>
            <source>Members: {eligible} eligible, {excluded} excluded, {receiving} receive something, {unpaid} not paid yet.</source>
            <translation>Wanachama: {eligible} wanastahili, {excluded} hawashiriki, {receiving} wanapokea kitu, {unpaid} bado hawajalipwa.</translation>
        </message>
        <message>
            <source>Approved on {date}, resolution {resolution}.</source>
            <translation>Umeidhinishwa tarehe {date}, azimio {resolution}.</translation>
        </message>
        <message>
            <source>Posted on {date}, entry {entry}.</source>
            <translation>Umeingizwa kwenye leja tarehe {date}, ingizo {entry}.</translation>
        </message>
        <message>
            <source>paid to {payee}</source>
            <translation>inalipwa kwa {payee}</translation>
        </message>
        <message>
            <source>… and {count} more: write the whole list with -o FILE.</source>
            <translation>… na wengine {count}: andika orodha nzima kwa -o FILE.</translation>
        </message>
        <message>
            <source>Distribution {number} computed again: {shared} {currency} to {count} member(s).</source>
            <translation>Mgao {number} umekokotolewa upya: {shared} {currency} kwa wanachama {count}.</translation>
        </message>
        <message>
            <source>Draft distribution {number} deleted.</source>
            <translation>Rasimu ya mgao {number} imefutwa.</translation>
        </message>
        <message>
            <source>--resolution: give the reference of the assembly's resolution that approved the distribution, e.g. --resolution "AGO-2026 res. 4".</source>
            <translation>--resolution: weka kumbukumbu ya azimio la mkutano mkuu lililoidhinisha mgao, mfano --resolution "MM-2026 azimio 4".</translation>
        </message>
        <message>
            <source>Distribution {number} approved on {date} (resolution {resolution}).</source>
            <translation>Mgao {number} umeidhinishwa tarehe {date} (azimio {resolution}).</translation>
        </message>
        <message>
            <source>Distribution {number} has no payouts yet.</source>
            <translation>Mgao {number} bado hauna malipo.</translation>
        </message>
        <message>
            <source>reversed</source>
            <translation>imebatilishwa</translation>
        </message>
        <message>
            <source>--reason: say why it is reversed.</source>
            <translation>--reason: eleza kwa nini unabatilishwa.</translation>
        </message>
        <message>
            <source>Payout {payout} of distribution {number} reversed: {count} member(s) are unpaid again.</source>
            <translation>Malipo {payout} ya mgao {number} yamebatilishwa: wanachama {count} hawajalipwa tena.</translation>
        </message>
        <message>
            <source>Distribution {number} reversed by entry {entry} of {year}.</source>
            <translation>Mgao {number} umebatilishwa kwa ingizo {entry} la {year}.</translation>
        </message>
        <message>
            <source>Distribution {number} posted: entry {entry} of {year}.</source>
            <translation>Mgao {number} umeingizwa kwenye leja: ingizo {entry} la {year}.</translation>
        </message>
        <message>
            <source>Paid {count} member(s) {amount} {currency} by {via}: entry {entry} of {year}.</source>
            <translation>Wanachama {count} wamelipwa {amount} {currency} kwa {via}: ingizo {entry} la {year}.</translation>
        </message>
        <message>
            <source>Distribution {number} is not posted yet: nothing can be unclaimed.</source>
            <translation>Mgao {number} bado haujaingizwa kwenye leja: hakuna malipo yanayoweza kuwa yasiyodaiwa.</translation>
        </message>
        <message>
            <source>Nothing is unclaimed in distribution {number} (payouts count as unclaimed {days} days after the posting, from {date}).</source>
            <translation>Hakuna malipo yasiyodaiwa katika mgao {number} (malipo huhesabiwa kuwa yasiyodaiwa siku {days} baada ya kuingizwa kwenye leja, kuanzia {date}).</translation>
        </message>
        <message>
            <source>{count} member(s) have not collected {amount} {currency}.</source>
            <translation>Wanachama {count} hawajachukua {amount} {currency}.</translation>
        </message>
        <message>
            <source>There is no distribution yet.</source>
            <translation>Bado hakuna mgao.</translation>
        </message>
        <message>
            <source>Why this amount: {name} (member {member}), distribution {number}: {title}</source>
            <translation>Kwa nini kiasi hiki: {name} (mwanachama {member}), mgao {number}: {title}</translation>
        </message>
        <message>
            <source>benefit sharing: policies, distributions, payouts</source>
            <translation>mgawanyo wa manufaa: sera, migao, malipo</translation>
        </message>
        <message>
            <source>the sharing policies of the bylaws</source>
            <translation>sera za mgawanyo kwa mujibu wa masharti ya chama</translation>
        </message>
        <message>
            <source>list the policies</source>
            <translation>orodhesha sera</translation>
        </message>
        <message>
            <source>show a policy</source>
            <translation>onyesha sera</translation>
        </message>
        <message>
            <source>install a preset policy (colombia, ohada, premium)</source>
            <translation>weka sera kutoka kiolezo (colombia, ohada, premium)</translation>
        </message>
        <message>
            <source>save it under this name</source>
            <translation>ihifadhi kwa jina hili</translation>
        </message>
        <message>
            <source>compute a new distribution as a draft</source>
            <translation>kokotoa mgao mpya kama rasimu</translation>
        </message>
        <message>
            <source>a closed year's surplus, a Fairmined premium, or an amount decided by the assembly</source>
            <translation>ziada ya mwaka uliofungwa, malipo ya ziada ya Fairmined, au kiasi kilichoamuliwa na mkutano mkuu</translation>
        </message>
        <message>
            <source>the closed fiscal year whose surplus is shared</source>
            <translation>mwaka wa fedha uliofungwa ambao ziada yake inagawanywa</translation>
        </message>
        <message>
            <source>the amount shared (premium or decided)</source>
            <translation>kiasi kinachogawanywa (malipo ya ziada au kiasi kilichoamuliwa)</translation>
        </message>
        <message>
            <source>the period production, shares and days are counted over</source>
            <translation>kipindi ambacho uzalishaji, hisa na siku zinahesabiwa</translation>
        </message>
        <message>
            <source>the account the amount comes from, instead of the source's usual one</source>
            <translation>akaunti ambako kiasi kinatoka, badala ya ile ya kawaida ya chanzo</translation>
        </message>
        <message>
            <source>list the distributions</source>
            <translation>orodhesha migao</translation>
        </message>
        <message>
            <source>a distribution's funds and members; -o writes the whole document</source>
            <translation>mifuko na wanachama wa mgao; -o huandika hati nzima</translation>
        </message>
        <message>
            <source>compute a draft again</source>
            <translation>kokotoa rasimu upya</translation>
        </message>
        <message>
            <source>delete a draft</source>
            <translation>futa rasimu</translation>
        </message>
        <message>
            <source>record the assembly's approval</source>
            <translation>rekodi idhini ya mkutano mkuu</translation>
        </message>
        <message>
            <source>the day of the assembly (default: today)</source>
            <translation>siku ya mkutano mkuu (kwa kawaida: leo)</translation>
        </message>
        <message>
            <source>post an approved distribution to the books</source>
            <translation>ingiza mgao ulioidhinishwa kwenye leja</translation>
        </message>
        <message>
            <source>a distribution's payouts (id, date, method, members, amount, entry)</source>
            <translation>malipo ya mgao (kitambulisho, tarehe, njia, wanachama, kiasi, ingizo)</translation>
        </message>
        <message>
            <source>reverse a posted distribution, or one of its payouts (--payout ID)</source>
            <translation>batilisha mgao ulioingizwa kwenye leja, au moja ya malipo yake (--payout ID)</translation>
        </message>
        <message>
            <source>the payout to reverse (see 'share payouts')</source>
            <translation>malipo ya kubatilisha (angalia 'share payouts')</translation>
        </message>
        <message>
            <source>record payouts: every unpaid member of a payout method, or the members named</source>
            <translation>rekodi malipo: kila mwanachama ambaye hajalipwa kwa njia fulani ya malipo, au wanachama waliotajwa</translation>
        </message>
        <message>
            <source>member numbers (default: every unpaid member paid this way)</source>
            <translation>namba za wanachama (kwa kawaida: kila mwanachama ambaye hajalipwa anayelipwa kwa njia hii)</translation>
        </message>
        <message>
            <source>the payout sheet to sign, as PDF</source>
            <translation>orodha ya malipo ya kusaini, kama PDF</translation>
        </message>
        <message>
            <source>only members paid this way</source>
            <translation>wanachama wanaolipwa kwa njia hii tu</translation>
        </message>
        <message>
            <source>members already paid too</source>
            <translation>pamoja na wanachama ambao tayari wamelipwa</translation>
        </message>
        <message>
            <source>payouts not collected in time</source>
            <translation>malipo ambayo hayakuchukuliwa kwa wakati</translation>
        </message>
        <message>
            <source>as of this day (default: today)</source>
            <translation>hadi siku hii (kwa kawaida: leo)</translation>
        </message>
        <message>
            <source>why a member receives what they receive</source>
            <translation>kwa nini mwanachama anapokea kiasi anachopokea</translation>
        </message>
        <message>
            <source>the distribution (default: the latest posted)</source>
            <translation>mgao (kwa kawaida: wa mwisho ulioingizwa kwenye leja)</translation>
        </message>
        <message>
            <source>write the printable document</source>
            <translation>andika hati ya kuchapisha</translation>
        </message>
        <message>
            <source>{percent} % met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clause: {clause}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note: {note}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>evidence {id}: {label}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>activity {number}: {title} ({starts} to {ends}, {status})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>suggested: {label} (--kind {kind}{ref})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{standard} {id}: {level}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read {path}: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--kind: say what kind of evidence: {kinds}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evidence {id} linked to {standard} {req}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evidence {id} removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activity {number} added to the action plan for {standard} {req}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ok</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CHECK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>target: {target}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>standards: CRAFT, Fairmined, Maendeleo - checklists, evidence and indicators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the standards and their progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a standard's checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>with the texts, clauses, notes and suggested evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>record a requirement's level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. 2.4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the day assessed (default: today)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>link evidence to a requirement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the record's id (see 'standard show -v')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a file to keep as evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>remove a piece of evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an improvement action (an activity of the action plan)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the member number in charge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the indicators computed from the records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{value}' is not a number of grams.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{hours} h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No training session from {start} to {end}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} attended ({women} women)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Training session {id} added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} attended session {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Member {number} taken off the list; {count} attended session {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Theme: {theme}; trainer: {trainer}; place: {place}; length: {length}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} attended ({women} women):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (member {number}): {count} session(s), {length}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By theme:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>closed {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OPEN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{grams} g mercury</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No incident in the register.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No open incident.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incident {number} recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incident {number} closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Site: {site}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Member: {name} ({number})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action taken: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recorded by {user}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>training sessions and who attended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sessions of a period (default: the last 12 months)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>record a session given (or planned)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the trainer or the organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>how long it lasted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>add members to a session's attendance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>take a member off a session's attendance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a session and who attended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a member's training history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the incident register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>record an incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the day it happened (default: today)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the mining site's id (see 'coopdesk sites list')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the member involved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>grams of mercury used or spilled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the action taken already</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>close an incident with the action taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>what was done about it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the day it closed (default: today)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an incident in full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Administrator</source>
            <translation>Msimamizi wa mfumo</translation>
        </message>
        <message>
            <source>President</source>
            <translation>Mwenyekiti</translation>
        </message>
        <message>
            <source>Secretary</source>
            <translation>Katibu</translation>
        </message>
        <message>
            <source>Teller</source>
            <translation>Mhesabu kura</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>Mkufunzi</translation>
        </message>
        <message>
            <source>change the member register</source>
            <translation>kubadilisha daftari la wanachama</translation>
        </message>
        <message>
            <source>record share capital operations</source>
            <translation>kurekodi miamala ya mtaji wa hisa</translation>
        </message>
        <message>
            <source>manage users</source>
            <translation>kusimamia watumiaji</translation>
        </message>
        <message>
            <source>change the cooperative's settings</source>
            <translation>kubadilisha mipangilio ya chama</translation>
        </message>
        <message>
            <source>make a backup</source>
            <translation>kutengeneza nakala rudufu</translation>
        </message>
        <message>
            <source>restore a backup</source>
            <translation>kurejesha nakala rudufu</translation>
        </message>
        <message>
            <source>set up the chart of accounts and fiscal years</source>
            <translation>kuweka chati ya akaunti na miaka ya fedha</translation>
        </message>
        <message>
            <source>record journal entries</source>
            <translation>kurekodi maingizo ya jarida</translation>
        </message>
        <message>
            <source>close accounting periods</source>
            <translation>kufunga vipindi vya uhasibu</translation>
        </message>
        <message>
            <source>record production, purchases and sales</source>
            <translation>kurekodi uzalishaji, manunuzi na mauzo</translation>
        </message>
        <message>
            <source>prepare, post and pay out benefit distributions</source>
            <translation>kuandaa, kuingiza kwenye leja na kulipa migao ya manufaa</translation>
        </message>
        <message>
            <source>import bank statements and reconcile the bank</source>
            <translation>ingiza taarifa za benki na usuluhishe benki</translation>
        </message>
        <message>
            <source>change the bylaws and prepare meetings and elections</source>
            <translation>kubadilisha masharti ya chama na kuandaa mikutano na chaguzi</translation>
        </message>
        <message>
            <source>run an election's poll and count</source>
            <translation>kusimamia upigaji kura na kuhesabu kura za uchaguzi</translation>
        </message>
        <message>
            <source>write the plans, the budget and the formalisation and standards records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{user} may not {action}. Ask an administrator for the right role.</source>
            <translation>{user} hawezi {action}. Muulize msimamizi wa mfumo akupe jukumu linalofaa.</translation>
        </message>
        <message>
            <source>event #{seq} ({action} {entity} {id}, {at})</source>
            <translation>tukio #{seq} ({action} {entity} {id}, {at})</translation>
        </message>
        <message>
            <source>The chain is broken before {where}: event #{missing} is missing.</source>
            <translation>Mnyororo umekatika kabla ya {where}: tukio #{missing} halipo.</translation>
        </message>
        <message>
            <source>The chain is broken at {where}: it does not follow the event before it.</source>
            <translation>Mnyororo umekatika katika {where}: halifuati tukio lililotangulia.</translation>
        </message>
        <message>
            <source>{where} does not match its hash: it was changed outside coopdesk.</source>
            <translation>{where} halilingani na hash yake: lilibadilishwa nje ya coopdesk.</translation>
        </message>
        <message>
            <source>The chain's head (event #{seq}) does not match its last event (#{count}): events were removed or added outside coopdesk.</source>
            <translation>Kichwa cha mnyororo (tukio #{seq}) hakilingani na tukio lake la mwisho (#{count}): matukio yaliondolewa au kuongezwa nje ya coopdesk.</translation>
        </message>
        <message>
            <source>{entity} {id} is in the file but no event of the chain records it: it was added outside coopdesk.</source>
            <translation>{entity} {id} iko kwenye faili lakini hakuna tukio la mnyororo linaloirekodi: iliongezwa nje ya coopdesk.</translation>
        </message>
        <message>
            <source>{entity} {id} differs from what event #{seq} recorded: it was changed outside coopdesk.</source>
            <translation>{entity} {id} inatofautiana na kile ambacho tukio #{seq} lilirekodi: ilibadilishwa nje ya coopdesk.</translation>
        </message>
        <message>
            <source>There is no cooperative file at {path}.</source>
            <translation>Hakuna faili la chama katika {path}.</translation>
        </message>
        <message>
            <source>{path} already exists; choose another name.</source>
            <translation>{path} tayari lipo; chagua jina jingine.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>Folda {folder} haipo.</translation>
        </message>
        <message>
            <source>Cannot open {db}: {reason}</source>
            <translation>Haiwezekani kufungua {db}: {reason}</translation>
        </message>
        <message>
            <source>Another program or window is changing {db} right now. Nothing was written; wait a moment and try again.</source>
            <translation>Programu au dirisha jingine linabadilisha {db} sasa hivi. Hakuna kilichoandikwa; subiri kidogo kisha ujaribu tena.</translation>
        </message>
        <message>
            <source>{path} is not a coopdesk file.</source>
            <translation>{path} si faili la coopdesk.</translation>
        </message>
        <message>
            <source>{path} is on a network share. SQLite files can be damaged when written over a network; keep the file on this computer's own disk.</source>
            <translation>{path} liko kwenye folda ya mtandao. Faili za SQLite zinaweza kuharibika zinapoandikwa kupitia mtandao; hifadhi faili kwenye diski ya kompyuta hii yenyewe.</translation>
        </message>
        <message>
            <source>{path} is inside a synced folder. Two computers syncing the same file can overwrite each other's work; keep the file outside the synced folder and sync its backups instead.</source>
            <translation>{path} liko ndani ya folda inayosawazishwa. Kompyuta mbili zinazosawazisha faili moja zinaweza kufuta kazi ya nyingine; weka faili nje ya folda inayosawazishwa na badala yake sawazisha nakala zake rudufu.</translation>
        </message>
        <message>
            <source>{path} is on a network file system ({fs}). SQLite files can be damaged when written over a network; keep the file on this computer's own disk.</source>
            <translation>{path} liko kwenye mfumo wa faili wa mtandao ({fs}). Faili za SQLite zinaweza kuharibika zinapoandikwa kupitia mtandao; hifadhi faili kwenye diski ya kompyuta hii yenyewe.</translation>
        </message>
        <message>
            <source>Row {row}, {field}: {message}</source>
            <translation>Mstari {row}, {field}: {message}</translation>
        </message>
        <message>
            <source>Row {row}: {message}</source>
            <translation>Mstari {row}: {message}</translation>
        </message>
        <message>
            <source>{count} problem(s) found; nothing was written.</source>
            <translation>Matatizo {count} yamepatikana; hakuna kilichoandikwa.</translation>
        </message>
        <message>
            <source>  ... and {more} more.</source>
            <translation>  ... na mengine {more}.</translation>
        </message>
        <message>
            <source>The cooperative's name is empty.</source>
            <translation>Jina la chama halijaandikwa.</translation>
        </message>
        <message>
            <source>{code} is not an ISO 4217 currency code (e.g. COP, PEN, BOB, CDF, TZS, USD).</source>
            <translation>{code} si msimbo wa sarafu wa ISO 4217 (mfano COP, PEN, BOB, CDF, TZS, USD).</translation>
        </message>
        <message>
            <source>{code} is not a two-letter country code (e.g. CO, PE, BO, CD, TZ).</source>
            <translation>{code} si msimbo wa nchi wa herufi mbili (mfano CO, PE, BO, CD, TZ).</translation>
        </message>
        <message>
            <source>{code} is not a language coopdesk speaks ({known}).</source>
            <translation>{code} si lugha ambayo coopdesk inaijua ({known}).</translation>
        </message>
        <message>
            <source>The database {db} already holds a cooperative.</source>
            <translation>Hifadhidata {db} tayari ina chama.</translation>
        </message>
        <message>
            <source>{db} holds no cooperative. Create one with 'coopdesk init'.</source>
            <translation>{db} haina chama. Unda kimoja kwa 'coopdesk init'.</translation>
        </message>
        <message>
            <source>{db} is not a coopdesk file or is damaged: {reason}</source>
            <translation>{db} si faili la coopdesk au limeharibika: {reason}</translation>
        </message>
        <message>
            <source>The backup {path} did not pass SQLite's check.</source>
            <translation>Nakala rudufu {path} haikupita ukaguzi wa SQLite.</translation>
        </message>
        <message>
            <source>A backup cannot overwrite the file it copies.</source>
            <translation>Nakala rudufu haiwezi kuandika juu ya faili inalonakili.</translation>
        </message>
        <message>
            <source>There is no backup at {path}.</source>
            <translation>Hakuna nakala rudufu katika {path}.</translation>
        </message>
        <message>
            <source>{path} is not a coopdesk backup.</source>
            <translation>{path} si nakala rudufu ya coopdesk.</translation>
        </message>
        <message>
            <source>{path} is not a coopdesk backup or is damaged.</source>
            <translation>{path} si nakala rudufu ya coopdesk au imeharibika.</translation>
        </message>
        <message>
            <source>The backup {path} does not verify: {problem}</source>
            <translation>Nakala rudufu {path} haiko sahihi: {problem}</translation>
        </message>
        <message>
            <source>Log in as an administrator of {db} to restore over it.</source>
            <translation>Ingia kama msimamizi wa mfumo wa {db} ili kurejesha juu yake.</translation>
        </message>
        <message>
            <source>{amount} has more decimals than {currency} allows.</source>
            <translation>{amount} ina desimali nyingi kuliko {currency} inavyoruhusu.</translation>
        </message>
        <message>
            <source>The amount is empty.</source>
            <translation>Kiasi hakijaandikwa.</translation>
        </message>
        <message>
            <source>There is nothing to share by: every weight is zero.</source>
            <translation>Hakuna cha kugawanyia: uzito wote ni sifuri.</translation>
        </message>
        <message>
            <source>Others were writing to {db} at the same moment, again and again. Nothing was written; try again.</source>
            <translation>Watumiaji wengine walikuwa wakiandika kwenye {db} wakati huo huo, tena na tena. Hakuna kilichoandikwa; jaribu tena.</translation>
        </message>
        <message>
            <source>A user name has 2 to 64 letters, digits, dots, dashes or underscores, and no spaces.</source>
            <translation>Jina la mtumiaji lina herufi, tarakimu, nukta, vistari au mistari ya chini 2 hadi 64, bila nafasi.</translation>
        </message>
        <message>
            <source>The full name is empty.</source>
            <translation>Jina kamili halijaandikwa.</translation>
        </message>
        <message>
            <source>The password must have at least {n} characters.</source>
            <translation>Nenosiri lazima liwe na angalau herufi {n}.</translation>
        </message>
        <message>
            <source>Give the user at least one role.</source>
            <translation>Mpe mtumiaji angalau jukumu moja.</translation>
        </message>
        <message>
            <source>There is already a user called {name}.</source>
            <translation>Tayari yupo mtumiaji anayeitwa {name}.</translation>
        </message>
        <message>
            <source>This file already has users; log in as an administrator to add more.</source>
            <translation>Faili hili tayari lina watumiaji; ingia kama msimamizi wa mfumo ili kuongeza wengine.</translation>
        </message>
        <message>
            <source>Wrong user name or password.</source>
            <translation>Jina la mtumiaji au nenosiri si sahihi.</translation>
        </message>
        <message>
            <source>half</source>
            <translation>nusu</translation>
        </message>
        <message>
            <source>two thirds</source>
            <translation>theluthi mbili</translation>
        </message>
        <message>
            <source>three quarters</source>
            <translation>robo tatu</translation>
        </message>
        <message>
            <source>a third</source>
            <translation>theluthi moja</translation>
        </message>
        <message>
            <source>a quarter</source>
            <translation>robo</translation>
        </message>
        <message>
            <source>all</source>
            <translation>idadi yote</translation>
        </message>
        <message>
            <source>Quorum reached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 more member needed.</source>
            <translation>Anahitajika mwanachama 1 zaidi.</translation>
        </message>
        <message>
            <source>{count} more members needed.</source>
            <translation>Wanahitajika wanachama {count} zaidi.</translation>
        </message>
        <message>
            <source>{headline} - {counts}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{line}; {rule}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} in favour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} against</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 abstention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} abstentions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 spoilt vote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} spoilt votes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PASSED</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>more than {fraction} of the {base} were needed: {fewest}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at least {fraction} of the {base} were needed: {fewest}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No agenda items.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item {place} of {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item {id} is not on this meeting's agenda.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (member {number}) is checked in. {quorum}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a member number or part of a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody on the roll matches '{text}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} members match '{text}': choose one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The agenda is empty: add an item to vote under.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The election has no candidates.</source>
            <translation>Uchaguzi hauna wagombea.</translation>
        </message>
        <message>
            <source>The number of seats ({seats}) must be between 1 and the number of candidates ({count}).</source>
            <translation>Idadi ya viti ({seats}) lazima iwe kati ya 1 na idadi ya wagombea ({count}).</translation>
        </message>
        <message>
            <source>Ballot {number}: the weight must be a whole number of at least 1.</source>
            <translation>Karatasi ya kura {number}: uzito lazima uwe namba kamili isiyopungua 1.</translation>
        </message>
        <message>
            <source>Ballot {number}: there is no candidate {candidate}.</source>
            <translation>Karatasi ya kura {number}: hakuna mgombea {candidate}.</translation>
        </message>
        <message>
            <source>Ballot {number}: candidate {candidate} is marked twice.</source>
            <translation>Karatasi ya kura {number}: mgombea {candidate} amewekewa alama mara mbili.</translation>
        </message>
        <message>
            <source>equal rankings ('{token}') are not supported.</source>
            <translation>nafasi sawa za upendeleo ('{token}') hazikubaliki.</translation>
        </message>
        <message>
            <source>'{token}' is not a whole number.</source>
            <translation>'{token}' si namba kamili.</translation>
        </message>
        <message>
            <source>the file is not UTF-8 text.</source>
            <translation>faili si maandishi ya UTF-8.</translation>
        </message>
        <message>
            <source>The ballot file is empty.</source>
            <translation>Faili la kura ni tupu.</translation>
        </message>
        <message>
            <source>the first line must give the number of candidates and of seats.</source>
            <translation>mstari wa kwanza lazima utaje idadi ya wagombea na idadi ya viti.</translation>
        </message>
        <message>
            <source>there must be at least one candidate.</source>
            <translation>lazima kuwe na angalau mgombea mmoja.</translation>
        </message>
        <message>
            <source>the number of seats ({seats}) must be between 1 and the number of candidates ({count}).</source>
            <translation>idadi ya viti ({seats}) lazima iwe kati ya 1 na idadi ya wagombea ({count}).</translation>
        </message>
        <message>
            <source>a name comes before the end-of-ballots line '0'.</source>
            <translation>jina limetokea kabla ya mstari '0' unaomaliza kura.</translation>
        </message>
        <message>
            <source>withdrawn candidates (negative numbers) must come on their own line(s) straight after the first line.</source>
            <translation>wagombea waliojitoa (namba hasi) lazima wawe kwenye mstari (au mistari) yao wenyewe, mara baada ya mstari wa kwanza.</translation>
        </message>
        <message>
            <source>there is no candidate {candidate} to withdraw.</source>
            <translation>hakuna mgombea {candidate} wa kuondoa kama aliyejitoa.</translation>
        </message>
        <message>
            <source>the weight of a ballot must be at least 1.</source>
            <translation>uzito wa karatasi ya kura lazima uwe angalau 1.</translation>
        </message>
        <message>
            <source>a ballot line must end with 0.</source>
            <translation>mstari wa kura lazima uishe na 0.</translation>
        </message>
        <message>
            <source>there is no candidate {candidate}.</source>
            <translation>hakuna mgombea {candidate}.</translation>
        </message>
        <message>
            <source>candidate {candidate} is marked twice.</source>
            <translation>mgombea {candidate} amewekewa alama mara mbili.</translation>
        </message>
        <message>
            <source>The file ends before the end-of-ballots line '0'.</source>
            <translation>Faili linaisha kabla ya mstari '0' unaomaliza kura.</translation>
        </message>
        <message>
            <source>expected a name in double quotes.</source>
            <translation>ilitarajiwa jina ndani ya alama za nukuu mbili.</translation>
        </message>
        <message>
            <source>The file names {found} of its {count} candidates.</source>
            <translation>Faili linataja majina ya wagombea {found} tu kati ya {count}.</translation>
        </message>
        <message>
            <source>unexpected text after the title.</source>
            <translation>kuna maandishi yasiyotarajiwa baada ya kichwa.</translation>
        </message>
        <message>
            <source>two candidates are named '{name}'.</source>
            <translation>wagombea wawili wana jina '{name}'.</translation>
        </message>
        <message>
            <source>'{name}' cannot be written to a ballot file: it holds a double quote or a line break.</source>
            <translation>'{name}' haliwezi kuandikwa kwenye faili la kura: lina alama ya nukuu mbili au mstari mpya.</translation>
        </message>
        <message>
            <source>Ordinary general assembly</source>
            <translation>Mkutano mkuu wa kawaida</translation>
        </message>
        <message>
            <source>Extraordinary general assembly</source>
            <translation>Mkutano mkuu maalum</translation>
        </message>
        <message>
            <source>Management committee</source>
            <translation>Bodi ya chama</translation>
        </message>
        <message>
            <source>votes for and against</source>
            <translation>kura za ndiyo na za hapana</translation>
        </message>
        <message>
            <source>votes for, against and abstentions</source>
            <translation>kura za ndiyo, za hapana na za kutopiga kura (abstain)</translation>
        </message>
        <message>
            <source>valid ballots</source>
            <translation>karatasi za kura halali</translation>
        </message>
        <message>
            <source>ballots cast</source>
            <translation>kura zilizopigwa</translation>
        </message>
        <message>
            <source>members present or represented</source>
            <translation>wanachama waliohudhuria au kuwakilishwa</translation>
        </message>
        <message>
            <source>members entitled to vote</source>
            <translation>wanachama wenye haki ya kupiga kura</translation>
        </message>
        <message>
            <source>Ordinary decision</source>
            <translation>Uamuzi wa kawaida</translation>
        </message>
        <message>
            <source>Amendment of the bylaws</source>
            <translation>Marekebisho ya masharti ya chama</translation>
        </message>
        <message>
            <source>Dissolution</source>
            <translation>Kuvunjwa kwa chama</translation>
        </message>
        <message>
            <source>Merger</source>
            <translation>Kuunganishwa na chama kingine</translation>
        </message>
        <message>
            <source>Distribution of the surplus</source>
            <translation>Mgawanyo wa ziada</translation>
        </message>
        <message>
            <source>Admission of a member</source>
            <translation>Kupokelewa kwa mwanachama</translation>
        </message>
        <message>
            <source>Exclusion of a member</source>
            <translation>Kufukuzwa kwa mwanachama</translation>
        </message>
        <message>
            <source>Votes at an earlier stage of the count</source>
            <translation>Kura katika hatua ya awali ya kuhesabu</translation>
        </message>
        <message>
            <source>More first preferences</source>
            <translation>Kura nyingi zaidi za chaguo la kwanza</translation>
        </message>
        <message>
            <source>Longer membership</source>
            <translation>Uanachama wa muda mrefu zaidi</translation>
        </message>
        <message>
            <source>Older member</source>
            <translation>Mwanachama mwenye umri mkubwa zaidi</translation>
        </message>
        <message>
            <source>A drawn lot</source>
            <translation>Kura ya bahati</translation>
        </message>
        <message>
            <source>The stored bylaws are damaged ({what}): choose a preset or enter them again.</source>
            <translation>Masharti ya chama yaliyohifadhiwa yameharibika ({what}): chagua kiolezo au yaingize upya.</translation>
        </message>
        <message>
            <source>The stored bylaws are damaged: a section is missing or malformed.</source>
            <translation>Masharti ya chama yaliyohifadhiwa yameharibika: sehemu fulani haipo au imeandikwa vibaya.</translation>
        </message>
        <message>
            <source>The bylaws need a name.</source>
            <translation>Masharti ya chama yanahitaji jina.</translation>
        </message>
        <message>
            <source>{meeting}: say what quorum it needs.</source>
            <translation>{meeting}: taja akidi inayohitajika.</translation>
        </message>
        <message>
            <source>{meeting}: the quorum at first call must be a share above 0 and at most 1 (all members).</source>
            <translation>{meeting}: akidi ya wito wa kwanza lazima iwe sehemu iliyo juu ya 0 na isiyozidi 1 (wanachama wote).</translation>
        </message>
        <message>
            <source>{meeting}: the quorum at second call must be a share between 0 and 1.</source>
            <translation>{meeting}: akidi ya wito wa pili lazima iwe sehemu kati ya 0 na 1.</translation>
        </message>
        <message>
            <source>{meeting}: the quorum at second call cannot be higher than at first call.</source>
            <translation>{meeting}: akidi ya wito wa pili haiwezi kuwa juu kuliko ya wito wa kwanza.</translation>
        </message>
        <message>
            <source>{meeting}: the minimum number of members cannot be negative.</source>
            <translation>{meeting}: idadi ya chini ya wanachama haiwezi kuwa hasi.</translation>
        </message>
        <message>
            <source>{meeting}: the wait before the second call cannot be negative.</source>
            <translation>{meeting}: muda wa kusubiri kabla ya wito wa pili hauwezi kuwa hasi.</translation>
        </message>
        <message>
            <source>{meeting}: the quorum of delegates must be a share above 0 and at most 1.</source>
            <translation>{meeting}: akidi ya wajumbe lazima iwe sehemu iliyo juu ya 0 na isiyozidi 1.</translation>
        </message>
        <message>
            <source>{meeting}: say how many days of notice it needs.</source>
            <translation>{meeting}: taja siku ngapi za taarifa zinahitajika.</translation>
        </message>
        <message>
            <source>{meeting}: the notice period cannot be negative.</source>
            <translation>{meeting}: muda wa taarifa hauwezi kuwa hasi.</translation>
        </message>
        <message>
            <source>{decision}: say what majority it needs.</source>
            <translation>{decision}: taja wingi wa kura unaohitajika.</translation>
        </message>
        <message>
            <source>{decision}: the majority must be a share above 0 and at most 1 ("more than" all votes cannot be reached).</source>
            <translation>{decision}: wingi wa kura lazima uwe sehemu iliyo juu ya 0 na isiyozidi 1 ("zaidi ya" kura zote haiwezi kufikiwa).</translation>
        </message>
        <message>
            <source>Position {n} needs a name.</source>
            <translation>Nafasi {n} inahitaji jina.</translation>
        </message>
        <message>
            <source>The position {position} is listed twice.</source>
            <translation>Nafasi {position} imeorodheshwa mara mbili.</translation>
        </message>
        <message>
            <source>{position}: a position has at least one seat.</source>
            <translation>{position}: kila nafasi ina angalau kiti kimoja.</translation>
        </message>
        <message>
            <source>{position}: a term lasts at least one month.</source>
            <translation>{position}: muda wa uongozi ni angalau mwezi mmoja.</translation>
        </message>
        <message>
            <source>{position}: a position sits on the management or the supervisory committee, or on none.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{position}: the limit of consecutive terms must be at least one term, or none.</source>
            <translation>{position}: kikomo cha vipindi vya uongozi mfululizo lazima kiwe angalau kipindi kimoja, au kisiwepo kabisa.</translation>
        </message>
        <message>
            <source>The months of membership a candidate needs cannot be negative.</source>
            <translation>Miezi ya uanachama anayohitaji mgombea haiwezi kuwa hasi.</translation>
        </message>
        <message>
            <source>The minimum number of women cannot be negative.</source>
            <translation>Idadi ya chini ya wanawake haiwezi kuwa hasi.</translation>
        </message>
        <message>
            <source>The board has {seats} seats; it cannot hold at least {minimum} women.</source>
            <translation>Bodi ina viti {seats}; haiwezi kuwa na wanawake wasiopungua {minimum}.</translation>
        </message>
        <message>
            <source>The number of proxies a member may hold cannot be negative.</source>
            <translation>Idadi ya wanachama ambao mwanachama mmoja anaweza kuwawakilisha haiwezi kuwa hasi.</translation>
        </message>
        <message>
            <source>Proxies are allowed: say how many one member may hold (at least one).</source>
            <translation>Uwakilishi unaruhusiwa: taja mwanachama mmoja anaweza kuwawakilisha wanachama wangapi (angalau mmoja).</translation>
        </message>
        <message>
            <source>'{role}' is not a role of coopdesk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The tie-break must end with a drawn lot, so that every tie can be settled.</source>
            <translation>Utaratibu wa kuamua sare lazima uishe kwa kura ya bahati, ili kila sare iweze kuamuliwa.</translation>
        </message>
        <message>
            <source>The drawn lot is the last step, and only once.</source>
            <translation>Kura ya bahati ni hatua ya mwisho, na huwekwa mara moja tu.</translation>
        </message>
        <message>
            <source>A step of the tie-break is listed twice.</source>
            <translation>Hatua moja ya utaratibu wa kuamua sare imeorodheshwa mara mbili.</translation>
        </message>
        <message>
            <source>The bylaws say no quorum for the {meeting}.</source>
            <translation>Masharti ya chama hayataji akidi ya {meeting}.</translation>
        </message>
        <message>
            <source>Counts of members cannot be negative.</source>
            <translation>Idadi ya wanachama haiwezi kuwa hasi.</translation>
        </message>
        <message>
            <source>{present} members present can hold at most {limit} proxies; {proxies} were entered.</source>
            <translation>Wanachama {present} waliohudhuria wanaweza kuwawakilisha wanachama wasiozidi {limit}; walioingizwa ni {proxies}.</translation>
        </message>
        <message>
            <source>{there} present or represented, but only {pool} may attend.</source>
            <translation>Waliohudhuria au kuwakilishwa ni {there}, lakini wanaoruhusiwa kuhudhuria ni {pool} tu.</translation>
        </message>
        <message>
            <source>Quorum reached: {there} present or represented, {required} needed.</source>
            <translation>Akidi imetimia: waliohudhuria au kuwakilishwa ni {there}, wanaohitajika ni {required}.</translation>
        </message>
        <message>
            <source>Nobody is entitled to attend; there can be no quorum.</source>
            <translation>Hakuna mwenye haki ya kuhudhuria; akidi haiwezi kutimia.</translation>
        </message>
        <message>
            <source>1 more delegate needed.</source>
            <translation>Anahitajika mjumbe 1 zaidi.</translation>
        </message>
        <message>
            <source>{count} more delegates needed.</source>
            <translation>Wanahitajika wajumbe {count} zaidi.</translation>
        </message>
        <message>
            <source>At second call, after {minutes} minutes, {required} will be enough.</source>
            <translation>Katika wito wa pili, baada ya dakika {minutes}, {required} watatosha.</translation>
        </message>
        <message>
            <source>The bylaws say no majority for this decision ({decision}).</source>
            <translation>Masharti ya chama hayataji wingi wa kura kwa uamuzi huu ({decision}).</translation>
        </message>
        <message>
            <source>Counts of votes cannot be negative.</source>
            <translation>Idadi ya kura haiwezi kuwa hasi.</translation>
        </message>
        <message>
            <source>This majority is taken of the members present: enter how many are present or represented.</source>
            <translation>Wingi huu wa kura unahesabiwa kwa wanachama waliohudhuria: ingiza idadi ya waliohudhuria au kuwakilishwa.</translation>
        </message>
        <message>
            <source>{cast} ballots cast but only {present} present or represented.</source>
            <translation>Kura {cast} zimepigwa lakini waliohudhuria au kuwakilishwa ni {present} tu.</translation>
        </message>
        <message>
            <source>{cast} votes but only {entitled} members entitled to vote.</source>
            <translation>Kura {cast} lakini wanachama wenye haki ya kupiga kura ni {entitled} tu.</translation>
        </message>
        <message>
            <source>more than {fraction} of the {base}</source>
            <translation>zaidi ya {fraction} ya {base}</translation>
        </message>
        <message>
            <source>at least {fraction} of the {base}</source>
            <translation>angalau {fraction} ya {base}</translation>
        </message>
        <message>
            <source>Not passed: the rule is {rule}, and there are none.</source>
            <translation>Haijapitishwa: kanuni ni {rule}, na idadi yao ni sifuri.</translation>
        </message>
        <message>
            <source>Passed: {yes} in favour; the rule is {rule} ({base}), so {fewest} were needed.</source>
            <translation>Imepitishwa: kura {yes} za ndiyo; kanuni ni {rule} ({base}), hivyo zilihitajika {fewest}.</translation>
        </message>
        <message>
            <source>Not passed: {yes} in favour; the rule is {rule} ({base}), so {fewest} were needed.</source>
            <translation>Haijapitishwa: kura {yes} za ndiyo; kanuni ni {rule} ({base}), hivyo zilihitajika {fewest}.</translation>
        </message>
        <message>
            <source>Not an active member.</source>
            <translation>Si mwanachama hai.</translation>
        </message>
        <message>
            <source>Shares not paid up.</source>
            <translation>Hisa hazijalipwa kikamilifu.</translation>
        </message>
        <message>
            <source>A member for {months} months; the bylaws require at least {minimum}.</source>
            <translation>Mwanachama kwa miezi {months}; masharti ya chama yanataka angalau miezi {minimum}.</translation>
        </message>
        <message>
            <source>The bylaws have no position named {position}.</source>
            <translation>Masharti ya chama hayana nafasi inayoitwa {position}.</translation>
        </message>
        <message>
            <source>Has served {terms} consecutive terms as {position}; the bylaws allow {limit}.</source>
            <translation>Ametumikia vipindi {terms} mfululizo kama {position}; masharti ya chama yanaruhusu {limit}.</translation>
        </message>
        <message>
            <source>Women elected to the board: {women}; the bylaws require at least {minimum}.</source>
            <translation>Wanawake waliochaguliwa kwenye bodi: {women}; masharti ya chama yanataka angalau {minimum}.</translation>
        </message>
        <message>
            <source>The bylaws say no notice period for the {meeting}.</source>
            <translation>Masharti ya chama hayataji muda wa taarifa kwa {meeting}.</translation>
        </message>
        <message>
            <source>The meeting is dated before its convocation.</source>
            <translation>Tarehe ya mkutano iko kabla ya tarehe ya taarifa ya kuuitisha.</translation>
        </message>
        <message>
            <source>{meeting}: {days} business days of notice are required; the convocation gives {given}.</source>
            <translation>{meeting}: inahitajika taarifa ya siku za kazi {days}; taarifa ya kuitisha mkutano imetoa {given}.</translation>
        </message>
        <message>
            <source>{meeting}: {days} days of notice are required; the convocation gives {given}.</source>
            <translation>{meeting}: inahitajika taarifa ya siku {days}; taarifa ya kuitisha mkutano imetoa {given}.</translation>
        </message>
        <message>
            <source>A candidate is listed twice among the tied.</source>
            <translation>Mgombea ameorodheshwa mara mbili kati ya waliofungana.</translation>
        </message>
        <message>
            <source>Lot {number} must choose one of the tied candidates.</source>
            <translation>Kura ya bahati {number} lazima imchague mmoja wa wagombea waliofungana.</translation>
        </message>
        <message>
            <source>one third</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>one quarter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>one fifth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>two fifths</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>three fifths</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>four fifths</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>one tenth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quorum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Majorities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Candidates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proxies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grievances</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source</source>
            <translation>Chanzo</translation>
        </message>
        <message>
            <source>{percent} %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter a share: 1/2, 50 % or 0.5.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' is not a share between 0 and 1: write it as 1/2, 50 % or 0.5.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>all the {whom}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>more than {share} of the {whom}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at least {share} of the {whom}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>members of the committee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{meeting}: {first}, at every call.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>any number present, and never fewer than {minimum}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>any number present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>more than {share}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{share}, and never fewer than {minimum}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{meeting}: {first} at first call; at a second convocation, {second}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{meeting}: {first} at first call; after {minutes} minutes, {second}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{meeting} of delegates: {share} at any call.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>delegates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No quorum is set for: {meetings}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Members represented by a proxy count towards the quorum.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Members represented by a proxy do not count towards the quorum.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{decision}: no majority is set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{decision}: {rule}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{meeting}: no notice period is set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{meeting}: no notice needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{meeting}: at least 1 business day of notice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{meeting}: at least 1 day of notice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{meeting}: at least {days} business days of notice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{meeting}: at least {days} days of notice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notice is counted from the day after the convocation up to and including the day of the meeting; business days leave out Saturdays, Sundays and holidays.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 seat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} seats</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no limit on terms in a row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at most 1 term in a row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at most {count} terms in a row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{position}: {seats}, terms of {months}, {limit}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sits on the {committee}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No positions are set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No minimum number of women on the board.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At least {count} women on the board.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A candidate must be an active member.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A candidate must have paid up the shares they subscribed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A candidate must have been a member for at least {months}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any member may stand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No proxies: members vote in person.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A member may represent one other member by proxy, no more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A member may hold at most {count} proxies.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A tie is settled by these steps, in order:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The register of grievances is kept and read by: {roles}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody is named to keep the register of grievances.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bylaws: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>plurality (most votes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>block vote (one mark per seat)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>approval (mark every acceptable candidate)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>instant-runoff (ranked, one seat)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>single transferable vote (ranked)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>voting booth on this laptop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>paper ballots entered by the tellers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{ballots} ballots for {checked} voters checked off the roll.</source>
            <translation>Karatasi za kura {ballots} kwa wapiga kura {checked} waliowekewa alama kwenye daftari la wapiga kura.</translation>
        </message>
        <message>
            <source>Not counted yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Valid votes: {valid}. Blank ballots: {blank}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quota: {quota}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{place}. {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{place}. {name} (withdrawn)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Non-transferable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lost to truncation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quota</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tied with {others}: decided by the votes at round {round}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tied with {others}: decided by lot {n}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Round {round}: first count of {valid} valid votes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Round {round}: the surplus of {name} ({surplus} votes) passes to the next choices, at {value} of a vote per paper.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Round {round}: {name} is excluded with no votes (candidates with no votes go in ballot-paper order).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Round {round}: {name} is excluded with the fewest votes ({votes}); their ballots pass to the next choices.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Round {round}: {name} elected with {votes} votes (quota {quota}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Round {round}: {name} elected with {votes} of {total} votes, more than half.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Round {round}: {name} elected, the last candidate standing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Round {round}: {name} elected with {votes} votes: as many candidates left as seats.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Round {round}: {name} elected with {votes} votes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No one is elected yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elected, in order: {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Votes in round {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Touch the one candidate you choose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Touch up to {n} candidates you choose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Touch every candidate you accept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Touch the candidates in the order you prefer them: first your first choice, then your second, and so on. You may stop at any time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A voter is already in the booth.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The poll is not open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No voter is checked off and waiting to vote: check the next voter off the roll first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The booth is not open for a voter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no candidate {place} on this ballot.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You may choose at most {n} candidates. Touch a chosen candidate to take the mark away.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This ballot is not ranked: mark the candidates instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This candidate is already your choice {n}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a candidate first - or choose a blank ballot.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A blank ballot: no candidate chosen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choice {n}: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is nothing to go back from.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review the ballot before casting it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Round {round}: {names} are tied for exclusion. Draw a lot to choose the candidate to exclude.</source>
            <translation>Duru {round}: {names} wamefungana katika kuondolewa. Piga kura ya bahati ili kumchagua mgombea atakayeondolewa.</translation>
        </message>
        <message>
            <source>Round {round}: {names} have equal surpluses. Draw a lot to choose whose surplus is transferred first.</source>
            <translation>Duru {round}: {names} wana ziada sawa. Piga kura ya bahati ili kuchagua ziada ya nani ihamishwe kwanza.</translation>
        </message>
        <message>
            <source>Round {round}: {names} are tied for a seat. Draw a lot to choose the candidate to elect.</source>
            <translation>Duru {round}: {names} wamefungana kwa kiti. Piga kura ya bahati ili kumchagua mgombea atakayechaguliwa.</translation>
        </message>
        <message>
            <source>Lot {number} must choose one of the tied candidates ({names}).</source>
            <translation>Kura ya bahati {number} lazima imchague mmoja wa wagombea waliofungana ({names}).</translation>
        </message>
        <message>
            <source>Instant-runoff elects one candidate; this election has {seats} seats. Count it by single transferable vote.</source>
            <translation>Mfumo wa marudio ya papo hapo (instant-runoff) humchagua mgombea mmoja tu; uchaguzi huu una viti {seats}. Hesabu kura kwa mfumo wa kura moja inayohamishika.</translation>
        </message>
        <message>
            <source>'{method}' is not a counting method; choose one of {methods}.</source>
            <translation>'{method}' si mbinu ya kuhesabu kura; chagua mojawapo ya {methods}.</translation>
        </message>
        <message>
            <source>Election '{title}' is at the stage '{status}': its ballots can be exported only once the poll has closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>there is no candidate {place} on the paper (1 to {count}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>candidate {place} is marked twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>candidate {place} has withdrawn.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at most {limit} marks on this ballot; it has {count}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This election's ballots were cast in the booth: ballot files are imported into paper elections only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Election '{title}' is at the stage '{status}': ballots are imported once the poll has closed, before the count.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file has {found} candidates; this election has {count}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Candidate {place} in the file is '{found}'; on this election's paper it is '{expected}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file has {name} withdrawn; in this election they stand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line}: the file holds more than {count} papers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plurality: the candidates with the most votes are elected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Block vote: a vote for each seat, the most votes are elected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approval vote: a vote for every candidate approved of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Instant-runoff vote: candidates ranked, a majority elects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Single transferable vote (Scottish rules): candidates ranked, a quota elects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cast in the booth, on the laptop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On paper, entered by the tellers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to exclude</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>whose surplus goes first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to elect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Surplus of {who} transferred</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tied with {tied}; decided by the votes at round {round}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tied with {tied}; decided by lot {lot}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no votes, like {tied}: excluded in ballot-paper order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(each paper at {value} of a vote)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what} ({why})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>elected, round {round}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>excluded, round {round}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Votes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Votes round by round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Votes, rounds {first} to {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Candidate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (withdrawn)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lost to rounding down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transfer value of a paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rounds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Votes in the last round (round {n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Election '{title}' is not counted yet (it is at the stage '{status}'): count it first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Election results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title}, counted {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Election</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Method</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seats</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ballots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voters checked off the roll</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ballot papers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blank papers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Valid votes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ballots and the roll</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As many ballots as voters checked off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elected, in order of election</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No.</source>
            <translation>Na.</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Mwanachama</translation>
        </message>
        <message>
            <source>Round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No one was elected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened in each round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lot</source>
            <translation>Loti</translation>
        </message>
        <message>
            <source>To choose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The lot chose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drawn by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entered by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (member {number})</source>
            <translation>{name} (mwanachama {number})</translation>
        </message>
        <message>
            <source>Lots drawn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed by the tellers, the president and the secretary of the meeting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark ONE candidate with a cross (X).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark ONE candidate with a cross (X); the {seats} candidates with the most votes are elected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark up to {seats} candidates with a cross (X), one cross for each.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark with a cross (X) every candidate you approve of; as many as you wish.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number the candidates in order of preference: 1 for your first choice, 2 for your second, 3 for your third, and so on. Number as many as you wish.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not write your name on this paper. Fold it and put it in the ballot box.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print between 1 and {most} ballot papers at a time, not {papers}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Election '{title}' has no candidates yet: nominate them before printing the ballot papers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your preference (1, 2, 3...)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your mark (X)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{seats} seats to fill.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One seat to fill.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} — {position}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{cooperative} — Ballot paper No. {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title}: {papers} numbered papers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>draft</source>
            <translation>rasimu</translation>
        </message>
        <message>
            <source>nominations</source>
            <translation>uteuzi wa wagombea</translation>
        </message>
        <message>
            <source>poll open</source>
            <translation>upigaji kura uko wazi</translation>
        </message>
        <message>
            <source>poll closed</source>
            <translation>upigaji kura umefungwa</translation>
        </message>
        <message>
            <source>counted</source>
            <translation>kura zimehesabiwa</translation>
        </message>
        <message>
            <source>There is no election {id}.</source>
            <translation>Hakuna uchaguzi {id}.</translation>
        </message>
        <message>
            <source>Election '{title}' is at the stage '{status}': this cannot be done now.</source>
            <translation>Uchaguzi '{title}' uko katika hatua ya '{status}': hili haliwezi kufanyika sasa.</translation>
        </message>
        <message>
            <source>Give the election a title.</source>
            <translation>Andika kichwa cha uchaguzi.</translation>
        </message>
        <message>
            <source>An election fills at least one seat.</source>
            <translation>Uchaguzi hujaza angalau kiti kimoja.</translation>
        </message>
        <message>
            <source>Instant-runoff elects one candidate; for {seats} seats choose single transferable vote.</source>
            <translation>Mfumo wa marudio ya papo hapo (instant-runoff) humchagua mgombea mmoja tu; kwa viti {seats} chagua mfumo wa kura moja inayohamishika.</translation>
        </message>
        <message>
            <source>Ballots are cast in the booth or entered from paper.</source>
            <translation>Kura hupigwa kwenye kibanda cha kupigia kura au huingizwa kutoka kwenye karatasi za kura.</translation>
        </message>
        <message>
            <source>{position} has {count} seats in the bylaws; this election cannot fill {seats}.</source>
            <translation>Kwa mujibu wa masharti ya chama, {position} ina viti {count}; uchaguzi huu hauwezi kujaza viti {seats}.</translation>
        </message>
        <message>
            <source>There is no meeting {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The meeting '{title}' is over: an election cannot be added to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the cooperative's bylaws first: they say who may stand.</source>
            <translation>Hifadhi kwanza masharti ya chama: ndiyo yanayotaja nani anaweza kugombea.</translation>
        </message>
        <message>
            <source>{who} is already a candidate.</source>
            <translation>{who} tayari ni mgombea.</translation>
        </message>
        <message>
            <source>{who} cannot stand: {reasons}</source>
            <translation>{who} hawezi kugombea: {reasons}</translation>
        </message>
        <message>
            <source>{who} is not standing in this election.</source>
            <translation>{who} si mgombea katika uchaguzi huu.</translation>
        </message>
        <message>
            <source>{count} candidates for {seats} seats: nominate at least as many candidates as there are seats.</source>
            <translation>Wagombea {count} kwa viti {seats}: teua wagombea wasiopungua idadi ya viti.</translation>
        </message>
        <message>
            <source>{who} is not on the roll: the member is {status}; only active members vote.</source>
            <translation>{who} hayumo kwenye daftari la wapiga kura: hali ya mwanachama ni {status}; ni wanachama hai tu wanaopiga kura.</translation>
        </message>
        <message>
            <source>{who} is not checked in at the meeting: voters vote in person, in the room.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{who} was already checked off the roll (by {user}).</source>
            <translation>{who} ameshawekewa alama kwenye daftari la wapiga kura (na {user}).</translation>
        </message>
        <message>
            <source>{where}: there is no candidate {place} on the paper.</source>
            <translation>{where}: hakuna mgombea {place} kwenye karatasi ya kura.</translation>
        </message>
        <message>
            <source>{where}: candidate {place} is marked twice.</source>
            <translation>{where}: mgombea {place} amewekewa alama mara mbili.</translation>
        </message>
        <message>
            <source>{where}: candidate {place} has withdrawn.</source>
            <translation>{where}: mgombea {place} amejitoa.</translation>
        </message>
        <message>
            <source>{where}: at most {limit} marks on this ballot; it has {count}.</source>
            <translation>{where}: karatasi hii ya kura inaruhusu alama zisizozidi {limit}; ina alama {count}.</translation>
        </message>
        <message>
            <source>This election's ballots are on paper: the tellers enter them when the poll has closed.</source>
            <translation>Kura za uchaguzi huu ni za karatasi: wahesabu kura huziingiza baada ya upigaji kura kufungwa.</translation>
        </message>
        <message>
            <source>No voter is checked off and waiting to vote: a teller checks the next voter off the roll first.</source>
            <translation>Hakuna mpiga kura aliyewekewa alama anayesubiri kupiga kura: kwanza mhesabu kura amwekee alama mpiga kura anayefuata kwenye daftari la wapiga kura.</translation>
        </message>
        <message>
            <source>The ballot</source>
            <translation>Karatasi ya kura</translation>
        </message>
        <message>
            <source>This election's ballots were cast in the booth.</source>
            <translation>Kura za uchaguzi huu zilipigwa kwenye kibanda cha kupigia kura.</translation>
        </message>
        <message>
            <source>Totals can be entered for a plurality election only; enter these ballots one by one.</source>
            <translation>Jumla zinaweza kuingizwa tu kwa uchaguzi wa wingi wa kura (mwenye kura nyingi zaidi hushinda); ingiza karatasi hizi za kura moja moja.</translation>
        </message>
        <message>
            <source>Candidate {place}: a total cannot be negative.</source>
            <translation>Mgombea {place}: jumla haiwezi kuwa hasi.</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>Jumla</translation>
        </message>
        <message>
            <source>Blank ballots cannot be negative.</source>
            <translation>Idadi ya karatasi za kura zilizo tupu haiwezi kuwa hasi.</translation>
        </message>
        <message>
            <source>Ballot {number}</source>
            <translation>Karatasi ya kura {number}</translation>
        </message>
        <message>
            <source>Ballots are already entered: clear them before entering totals.</source>
            <translation>Karatasi za kura tayari zimeingizwa: zifute kabla ya kuingiza jumla.</translation>
        </message>
        <message>
            <source>Say why the entered ballots are cleared.</source>
            <translation>Taja sababu ya kufuta karatasi za kura zilizoingizwa.</translation>
        </message>
        <message>
            <source>Say who drew the lot.</source>
            <translation>Taja aliyepiga kura ya bahati.</translation>
        </message>
        <message>
            <source>The count has not asked for a lot: count the election first.</source>
            <translation>Hesabu haijaomba kura ya bahati: hesabu kura za uchaguzi kwanza.</translation>
        </message>
        <message>
            <source>The lot must choose one of the tied candidates (members {names}).</source>
            <translation>Kura ya bahati lazima imchague mmoja wa wagombea waliofungana (wanachama {names}).</translation>
        </message>
        <message>
            <source>Payments and benefit sharing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Work, safety and the mine site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Land, claims and neighbours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conduct of a member or an officer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elections, meetings and decisions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discrimination or harassment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in mediation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>closed without agreement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hearing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mediation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation>Maelezo</translation>
        </message>
        <message>
            <source>{user} may not see the register of grievances: the bylaws open it to {roles} only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no grievance {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{category}' is not a category of grievance; choose one of {categories}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name the parties to the grievance.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say what the grievance is about.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A grievance cannot be opened in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{kind}' is not a step; choose one of {kinds}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say what happened at this step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grievance {id} is closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A step cannot come before the grievance was opened ({day}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say how the grievance ended.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grievance {id} is already closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A grievance cannot close before it was opened ({day}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the bylaws first: the quorum and the majorities come from them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{date} at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind}: {title}, {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is the second convocation of a meeting that lacked its quorum: the second-call quorum applies from the start, {second} of the {eligible} entitled to attend.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With {eligible} entitled to attend, {first} must be present or represented.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With {eligible} entitled to attend: {first} at first call; {second} at a second convocation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With {eligible} entitled to attend: {first} at first call; {second} at second call, {minutes} minutes after the time set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not yet sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notice required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Convocation sent on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed by {user} ({role}) on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Convocation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft: not yet convened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation>Jina</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to be announced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Second convocation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A member who cannot attend may be represented by another member with a signed proxy, handed in at the door.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, at {place}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The members of the {kind} of {cooperative} are called to meet on {when}{where}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The members of {cooperative} are called to the {kind} on {when}, at {place}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The members of {cooperative} are called to the {kind} on {when}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>({count} left before the end)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entitled to attend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Represented by proxy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No quorum could be computed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At the opening ({call}), {required} of the {eligible} entitled to attend were needed; {there} were present or represented during the meeting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The quorum was reached.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The quorum was not reached.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Called for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PASSED - resolution {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Motion {n}: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type of decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in favour {yes}, against {no}, abstentions {abstain}, invalid {invalid}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Present or represented</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The bylaws</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Named vote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No minutes were written for this item.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elections held at the meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolutions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No resolution was passed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolution</source>
            <translation>Azimio</translation>
        </message>
        <message>
            <source>Motion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signatures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No. {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Digest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{digest} (the start of the digest the audit chain holds: check it with 'coopdesk verify')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DRAFT - not signed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes No. {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No minutes are final yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No minutes of {year} are final yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes No. {number}: {line}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yes</source>
            <translation>ndiyo</translation>
        </message>
        <message>
            <source>represented by {number} ({name})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attendance sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chair of the meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Secretary of the meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>convened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>closed, minutes to sign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>minutes final</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>show of hands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>named vote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in favour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>against</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>abstains</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The meeting '{title}' is {status}: this cannot be done now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (member {number}) is not on the roll: only active members attend and vote.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (member {number}) does not sit on the {committee}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{kind}' is not a kind of meeting; choose one of {kinds}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agenda item {n} has no title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the agenda item a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A convocation states the agenda: add its items first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say who chairs the meeting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say who takes the minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{time} is not during the meeting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A member is found by number, name or photo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (member {number}) is already checked in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (member {number}) is not in the room.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The bylaws allow no proxies.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A member cannot hold their own proxy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (member {number}) is in the room and votes in person.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (member {number}) must be checked in to hold a proxy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (member {number}) has already given a proxy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (member {number}) holds proxies and is absent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (member {number}) already holds {count} proxies, the most the bylaws allow.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (member {number}) gave no proxy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the motion put to the vote.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{kind}' is not a type of decision.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No quorum: {message} The meeting cannot decide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Member {number}: a vote is yes, no or abstain, not '{vote}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (member {number}) is not in the room and cannot vote.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The minutes are signed: they can no longer be changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{user} may not sign minutes: only the president and the secretary sign them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes are signed after the meeting closes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{user} has already signed these minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The president and the secretary are two people: the other must sign.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A term cannot end ({ends}) before it starts ({starts}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Member {number} already holds {position} on {day}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say why the term ends early.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no mandate {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This term already ended on {day}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last day must fall within the term, {starts} to {ends}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replaced by the election '{title}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}'s term as {position} ends on {day} ({days} days).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{position}: {held} of {seats} seats filled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}'s term as {position} ended on {day}; elect a successor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colombian cooperative law (Ley 79 de 1988)</source>
            <translation>Sheria ya vyama vya ushirika ya Kolombia (Ley 79 de 1988)</translation>
        </message>
        <message>
            <source>OHADA cooperative law (Uniform Act of 2010)</source>
            <translation>Sheria ya vyama vya ushirika ya OHADA (Sheria ya Pamoja ya 2010)</translation>
        </message>
        <message>
            <source>There are no preset bylaws '{name}'; choose one of {names}.</source>
            <translation>Hakuna kiolezo cha masharti ya chama '{name}'; chagua kimoja kati ya {names}.</translation>
        </message>
        <message>
            <source>A member pays shares</source>
            <translation>Mwanachama analipia hisa</translation>
        </message>
        <message>
            <source>A buyer pays for gold</source>
            <translation>Mnunuzi analipia dhahabu</translation>
        </message>
        <message>
            <source>Fairmined premium received</source>
            <translation>Malipo ya ziada ya Fairmined yaliyopokelewa</translation>
        </message>
        <message>
            <source>Admission fee</source>
            <translation>Ada ya kiingilio</translation>
        </message>
        <message>
            <source>A member repays a loan</source>
            <translation>Mwanachama analipa mkopo</translation>
        </message>
        <message>
            <source>Other receipt</source>
            <translation>Mapokezi mengine</translation>
        </message>
        <message>
            <source>Fuel</source>
            <translation>Mafuta</translation>
        </message>
        <message>
            <source>Processing inputs and supplies</source>
            <translation>Pembejeo na vifaa vya uchenjuaji</translation>
        </message>
        <message>
            <source>Safety equipment</source>
            <translation>Vifaa vya usalama</translation>
        </message>
        <message>
            <source>Maintenance and repairs</source>
            <translation>Matengenezo na ukarabati</translation>
        </message>
        <message>
            <source>Wages</source>
            <translation>Mishahara</translation>
        </message>
        <message>
            <source>Mining royalties and taxes</source>
            <translation>Mrabaha wa madini na kodi</translation>
        </message>
        <message>
            <source>Training and education</source>
            <translation>Mafunzo na elimu</translation>
        </message>
        <message>
            <source>Bank and mobile money fees</source>
            <translation>Ada za benki na pesa kwa simu</translation>
        </message>
        <message>
            <source>Pay a member what is owed</source>
            <translation>Mlipe mwanachama anachodai</translation>
        </message>
        <message>
            <source>Loan or advance to a member</source>
            <translation>Mkopo au malipo ya awali kwa mwanachama</translation>
        </message>
        <message>
            <source>Pay a supplier's invoice</source>
            <translation>Lipa ankara ya msambazaji</translation>
        </message>
        <message>
            <source>Deposit cash at the bank</source>
            <translation>Weka fedha taslimu benki</translation>
        </message>
        <message>
            <source>Other payment</source>
            <translation>Malipo mengine</translation>
        </message>
        <message>
            <source>Cash box</source>
            <translation>Sanduku la fedha</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>Benki</translation>
        </message>
        <message>
            <source>Mobile money</source>
            <translation>Pesa kwa simu</translation>
        </message>
        <message>
            <source>There is no kind of receipt or payment named '{kind}'; the kinds are: {known}.</source>
            <translation>Hakuna aina ya mapokezi au malipo inayoitwa '{kind}'; aina zilizopo ni: {known}.</translation>
        </message>
        <message>
            <source>Money is kept in cash, bank or mobile_money, not '{place}'.</source>
            <translation>Fedha huhifadhiwa katika cash (taslimu), bank (benki) au mobile_money (pesa kwa simu), si '{place}'.</translation>
        </message>
        <message>
            <source>The amount must be more than zero.</source>
            <translation>Kiasi lazima kiwe zaidi ya sifuri.</translation>
        </message>
        <message>
            <source>Say which member.</source>
            <translation>Taja ni mwanachama yupi.</translation>
        </message>
        <message>
            <source>Choose the account this is for.</source>
            <translation>Chagua akaunti inayohusika.</translation>
        </message>
        <message>
            <source>A deposit takes money from the cash box or mobile money to the bank; choose where it comes from.</source>
            <translation>Kuweka benki kunachukua fedha kutoka sanduku la fedha au pesa kwa simu kwenda benki; chagua zinakotoka.</translation>
        </message>
        <message>
            <source>The date {date} is in the future.</source>
            <translation>Tarehe {date} bado haijafika.</translation>
        </message>
        <message>
            <source>The books have no chart of accounts yet; set them up before recording receipts.</source>
            <translation>Hesabu bado hazina orodha ya akaunti; ziandae kabla ya kurekodi mapokezi.</translation>
        </message>
        <message>
            <source>The money and the other side are the same account {code}.</source>
            <translation>Upande wa fedha na upande mwingine ni akaunti ileile {code}.</translation>
        </message>
        <message>
            <source>{text} (member {number})</source>
            <translation>{text} (mwanachama {number})</translation>
        </message>
        <message>
            <source>There is no chart template named '{name}'; the templates are: {known}.</source>
            <translation>Hakuna kiolezo cha chati kiitwacho '{name}'; violezo ni: {known}.</translation>
        </message>
        <message>
            <source>Cannot read {file}: {reason}</source>
            <translation>Haiwezekani kusoma {file}: {reason}</translation>
        </message>
        <message>
            <source>The file {file} is empty.</source>
            <translation>Faili {file} ni tupu.</translation>
        </message>
        <message>
            <source>{file} cannot be read as CSV: {reason}</source>
            <translation>{file} haliwezi kusomwa kama CSV: {reason}</translation>
        </message>
        <message>
            <source>{file} has no column for: {fields}. The first row must name the columns (account, debit, credit; and date for entries).</source>
            <translation>{file} halina safu ya: {fields}. Mstari wa kwanza lazima utaje safu (akaunti, debit, credit; na tarehe kwa maingizo).</translation>
        </message>
        <message>
            <source>{file} has no date column, so it holds opening balances: say for which fiscal year.</source>
            <translation>{file} halina safu ya tarehe, kwa hiyo lina salio la kuanzia: taja ni la mwaka upi wa fedha.</translation>
        </message>
        <message>
            <source>There is no fiscal year {year}.</source>
            <translation>Hakuna mwaka wa fedha {year}.</translation>
        </message>
        <message>
            <source>The date is missing.</source>
            <translation>Tarehe haijaandikwa.</translation>
        </message>
        <message>
            <source>The account is missing.</source>
            <translation>Akaunti haijaandikwa.</translation>
        </message>
        <message>
            <source>There is no account {code}.</source>
            <translation>Hakuna akaunti {code}.</translation>
        </message>
        <message>
            <source>Account {code} is a heading or closed; choose an account under it.</source>
            <translation>Akaunti {code} ni kichwa au imefungwa; chagua akaunti iliyo chini yake.</translation>
        </message>
        <message>
            <source>Account {code} is income or expense; opening balances are for assets, liabilities and equity.</source>
            <translation>Akaunti {code} ni ya mapato au matumizi; salio la kuanzia ni kwa mali, madeni na mtaji tu.</translation>
        </message>
        <message>
            <source>'{value}' is not a member number.</source>
            <translation>'{value}' si namba ya mwanachama.</translation>
        </message>
        <message>
            <source>Account {code} does not keep members' accounts.</source>
            <translation>Akaunti {code} haitunzi akaunti za wanachama.</translation>
        </message>
        <message>
            <source>Account {code} keeps a member's account; say which member.</source>
            <translation>Akaunti {code} inatunza akaunti ya mwanachama; taja ni mwanachama yupi.</translation>
        </message>
        <message>
            <source>Amounts are never negative; put the amount on the other side instead.</source>
            <translation>Kiasi hakiwi hasi kamwe; weka kiasi upande mwingine badala yake.</translation>
        </message>
        <message>
            <source>Give a debit or a credit, not both and not neither.</source>
            <translation>Weka debiti au krediti, si zote mbili na si hakuna.</translation>
        </message>
        <message>
            <source>rows {first}–{last}</source>
            <translation>mistari {first}–{last}</translation>
        </message>
        <message>
            <source>Entry {entry} ({rows}) has more than one date.</source>
            <translation>Ingizo {entry} ({rows}) lina tarehe zaidi ya moja.</translation>
        </message>
        <message>
            <source>The opening balances</source>
            <translation>Salio la kuanzia</translation>
        </message>
        <message>
            <source>Entry {entry}</source>
            <translation>Ingizo {entry}</translation>
        </message>
        <message>
            <source>{what} ({rows}) does not balance: debits {debit}, credits {credit}, difference {diff}.</source>
            <translation>{what} ({rows}) halilingani: debiti {debit}, krediti {credit}, tofauti {diff}.</translation>
        </message>
        <message>
            <source>An entry needs at least two lines.</source>
            <translation>Ingizo linahitaji angalau mistari miwili.</translation>
        </message>
        <message>
            <source>Opening balances {year}</source>
            <translation>Salio la kuanzia {year}</translation>
        </message>
        <message>
            <source>Imported from {file}</source>
            <translation>Imeingizwa kutoka {file}</translation>
        </message>
        <message>
            <source>{file} has a header line but no entries below it.</source>
            <translation>{file} lina mstari wa vichwa lakini hakuna maingizo chini yake.</translation>
        </message>
        <message>
            <source>… and {count} more problems.</source>
            <translation>… na matatizo mengine {count}.</translation>
        </message>
        <message>
            <source>Nothing was imported from {file}; fix these rows first:</source>
            <translation>Hakuna kilichoingizwa kutoka {file}; rekebisha mistari hii kwanza:</translation>
        </message>
        <message>
            <source>{file} holds no entries.</source>
            <translation>{file} halina maingizo.</translation>
        </message>
        <message>
            <source>{file} was already imported on {date}; nothing was imported again.</source>
            <translation>{file} liliingizwa tayari tarehe {date}; hakuna kilichoingizwa tena.</translation>
        </message>
        <message>
            <source>This year already has its opening balances (entry {number}); reverse that entry first to enter them again.</source>
            <translation>Mwaka huu tayari una salio lake la kuanzia (ingizo {number}); batilisha ingizo hilo kwanza ili kuliingiza tena.</translation>
        </message>
        <message>
            <source>There is no journal entry {number}.</source>
            <translation>Hakuna ingizo la jarida {number}.</translation>
        </message>
        <message>
            <source>There is no attachment {number}.</source>
            <translation>Hakuna kiambatisho {number}.</translation>
        </message>
        <message>
            <source>There is no draft {uid}.</source>
            <translation>Hakuna rasimu {uid}.</translation>
        </message>
        <message>
            <source>Trial balance</source>
            <translation>Mizania ya majaribio</translation>
        </message>
        <message>
            <source>General ledger</source>
            <translation>Leja kuu</translation>
        </message>
        <message>
            <source>Account statement</source>
            <translation>Taarifa ya akaunti</translation>
        </message>
        <message>
            <source>Member statement</source>
            <translation>Taarifa ya mwanachama</translation>
        </message>
        <message>
            <source>Cash book</source>
            <translation>Daftari la fedha</translation>
        </message>
        <message>
            <source>Income statement</source>
            <translation>Taarifa ya mapato na matumizi</translation>
        </message>
        <message>
            <source>Balance sheet</source>
            <translation>Mizania</translation>
        </message>
        <message>
            <source>There is no report named '{name}'; the reports are: {known}.</source>
            <translation>Hakuna ripoti inayoitwa '{name}'; ripoti zilizopo ni: {known}.</translation>
        </message>
        <message>
            <source>The report “{report}” needs an account: give its code with the option 'account'.</source>
            <translation>Ripoti “{report}” inahitaji akaunti: weka msimbo wake kwa chaguo 'account'.</translation>
        </message>
        <message>
            <source>The report “{report}” needs a member: give the member number with the option 'member'.</source>
            <translation>Ripoti “{report}” inahitaji mwanachama: weka namba ya mwanachama kwa chaguo 'member'.</translation>
        </message>
        <message>
            <source>The period must end on or after the day it starts.</source>
            <translation>Kipindi lazima kiishe siku kinapoanza au baada ya hapo.</translation>
        </message>
        <message>
            <source>At {date}</source>
            <translation>Hadi tarehe {date}</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} hadi {end}</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Kipindi</translation>
        </message>
        <message>
            <source>Previous period</source>
            <translation>Kipindi kilichopita</translation>
        </message>
        <message>
            <source>Generated for</source>
            <translation>Imetengenezwa kwa ajili ya</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Msimbo</translation>
        </message>
        <message>
            <source>Opening balance</source>
            <translation>Salio la kuanzia</translation>
        </message>
        <message>
            <source>Debit</source>
            <translation>Debiti</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>Krediti</translation>
        </message>
        <message>
            <source>Closing balance</source>
            <translation>Salio la kufunga</translation>
        </message>
        <message>
            <source>Debit, previous period</source>
            <translation>Debiti, kipindi kilichopita</translation>
        </message>
        <message>
            <source>Credit, previous period</source>
            <translation>Krediti, kipindi kilichopita</translation>
        </message>
        <message>
            <source>Total income</source>
            <translation>Jumla ya mapato</translation>
        </message>
        <message>
            <source>Total expenses</source>
            <translation>Jumla ya matumizi</translation>
        </message>
        <message>
            <source>Total assets</source>
            <translation>Jumla ya mali</translation>
        </message>
        <message>
            <source>Total liabilities</source>
            <translation>Jumla ya madeni</translation>
        </message>
        <message>
            <source>Total equity</source>
            <translation>Jumla ya mtaji</translation>
        </message>
        <message>
            <source>Assets</source>
            <translation>Mali</translation>
        </message>
        <message>
            <source>Liabilities</source>
            <translation>Madeni</translation>
        </message>
        <message>
            <source>Equity</source>
            <translation>Mtaji</translation>
        </message>
        <message>
            <source>This period</source>
            <translation>Kipindi hiki</translation>
        </message>
        <message>
            <source>Total {heading}</source>
            <translation>Jumla ya {heading}</translation>
        </message>
        <message>
            <source>Result (surplus or loss)</source>
            <translation>Matokeo (ziada au hasara)</translation>
        </message>
        <message>
            <source>Result not yet closed</source>
            <translation>Matokeo ambayo bado hayajafungwa</translation>
        </message>
        <message>
            <source>Total liabilities and equity</source>
            <translation>Jumla ya madeni na mtaji</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>Mapokezi</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Salio</translation>
        </message>
        <message>
            <source>{account}: closing balance of the previous period</source>
            <translation>{account}: salio la kufunga la kipindi kilichopita</translation>
        </message>
        <message>
            <source>{account}: balance brought forward</source>
            <translation>{account}: salio lililoletwa mbele</translation>
        </message>
        <message>
            <source>{account}: closing balance</source>
            <translation>{account}: salio la kufunga</translation>
        </message>
        <message>
            <source>Say what the entry is for.</source>
            <translation>Eleza ingizo hili ni la nini.</translation>
        </message>
        <message>
            <source>Line {n}: choose an account.</source>
            <translation>Mstari {n}: chagua akaunti.</translation>
        </message>
        <message>
            <source>Line {n}: amounts are never negative; put the amount on the other side instead.</source>
            <translation>Mstari {n}: kiasi hakiwi hasi kamwe; weka kiasi upande mwingine badala yake.</translation>
        </message>
        <message>
            <source>Line {n}: give a debit or a credit, not both and not neither.</source>
            <translation>Mstari {n}: weka debiti au krediti, si zote mbili na si hakuna.</translation>
        </message>
        <message>
            <source>The entry does not balance: debits {debit}, credits {credit}, difference {diff}.</source>
            <translation>Ingizo halilingani: debiti {debit}, krediti {credit}, tofauti {diff}.</translation>
        </message>
        <message>
            <source>This cooperative already has a chart of accounts.</source>
            <translation>Chama hiki tayari kina chati ya akaunti.</translation>
        </message>
        <message>
            <source>An account needs a code and a name.</source>
            <translation>Akaunti inahitaji msimbo na jina.</translation>
        </message>
        <message>
            <source>Account {code} takes entries itself; add the new account under a heading.</source>
            <translation>Akaunti {code} inapokea maingizo yenyewe; ongeza akaunti mpya chini ya kichwa.</translation>
        </message>
        <message>
            <source>The code of an account under {parent} starts with {parent}.</source>
            <translation>Msimbo wa akaunti iliyo chini ya {parent} huanza na {parent}.</translation>
        </message>
        <message>
            <source>There is already an account {code}.</source>
            <translation>Tayari kuna akaunti {code}.</translation>
        </message>
        <message>
            <source>The year must end after it starts.</source>
            <translation>Mwaka lazima uishe baada ya kuanza.</translation>
        </message>
        <message>
            <source>A fiscal year lasts at most eighteen months.</source>
            <translation>Mwaka wa fedha hudumu si zaidi ya miezi kumi na minane.</translation>
        </message>
        <message>
            <source>These dates overlap the fiscal year {name}.</source>
            <translation>Tarehe hizi zinaingiliana na mwaka wa fedha {name}.</translation>
        </message>
        <message>
            <source>There is already a fiscal year {name}.</source>
            <translation>Tayari kuna mwaka wa fedha {name}.</translation>
        </message>
        <message>
            <source>Fiscal year {year} has no period starting {date}.</source>
            <translation>Mwaka wa fedha {year} hauna kipindi kinachoanza {date}.</translation>
        </message>
        <message>
            <source>Close the earlier periods of {year} first.</source>
            <translation>Funga kwanza vipindi vya awali vya {year}.</translation>
        </message>
        <message>
            <source>The period starting {date} is already closed.</source>
            <translation>Kipindi kinachoanza {date} tayari kimefungwa.</translation>
        </message>
        <message>
            <source>No fiscal year covers {date}; open one first.</source>
            <translation>Hakuna mwaka wa fedha unaohusu {date}; fungua mmoja kwanza.</translation>
        </message>
        <message>
            <source>The period of {date} is closed; post into an open period, or record a correction in the current one.</source>
            <translation>Kipindi cha {date} kimefungwa; weka ingizo katika kipindi kilicho wazi, au rekodi marekebisho katika kipindi cha sasa.</translation>
        </message>
        <message>
            <source>Line {n}: there is no account {code}.</source>
            <translation>Mstari {n}: hakuna akaunti {code}.</translation>
        </message>
        <message>
            <source>Line {n}: account {code} is a heading or closed; choose an account under it.</source>
            <translation>Mstari {n}: akaunti {code} ni kichwa au imefungwa; chagua akaunti iliyo chini yake.</translation>
        </message>
        <message>
            <source>Line {n}: account {code} ({name}) keeps a member's account; say which member.</source>
            <translation>Mstari {n}: akaunti {code} ({name}) inatunza akaunti ya mwanachama; taja ni mwanachama yupi.</translation>
        </message>
        <message>
            <source>Line {n}: account {code} does not keep members' accounts; remove the member or choose a member account.</source>
            <translation>Mstari {n}: akaunti {code} haitunzi akaunti za wanachama; ondoa mwanachama au chagua akaunti ya mwanachama.</translation>
        </message>
        <message>
            <source>Line {n}: there is no member number {number}.</source>
            <translation>Mstari {n}: hakuna mwanachama mwenye namba {number}.</translation>
        </message>
        <message>
            <source>Line {n}: {reason}</source>
            <translation>Mstari {n}: {reason}</translation>
        </message>
        <message>
            <source>A draft with this identifier exists; post the draft.</source>
            <translation>Rasimu yenye kitambulisho hiki ipo; weka rasimu hiyo kwenye daftari.</translation>
        </message>
        <message>
            <source>This entry is posted; correct it with a reversal.</source>
            <translation>Ingizo hili limeshawekwa kwenye daftari; lirekebishe kwa ingizo la kubatilisha.</translation>
        </message>
        <message>
            <source>This entry is already posted.</source>
            <translation>Ingizo hili tayari limewekwa kwenye daftari.</translation>
        </message>
        <message>
            <source>A posted entry is never deleted; reverse it instead.</source>
            <translation>Ingizo lililowekwa kwenye daftari halifutwi kamwe; libatilishe badala yake.</translation>
        </message>
        <message>
            <source>Give the reason for the reversal.</source>
            <translation>Taja sababu ya ubatilisho.</translation>
        </message>
        <message>
            <source>There is no posted entry {number} in {year}.</source>
            <translation>Hakuna ingizo lililowekwa namba {number} katika {year}.</translation>
        </message>
        <message>
            <source>Entry {number} is itself a reversal; post the original again instead.</source>
            <translation>Ingizo {number} lenyewe ni ubatilishaji; weka ingizo la asili tena badala yake.</translation>
        </message>
        <message>
            <source>Entry {number} was already reversed by entry {other}.</source>
            <translation>Ingizo {number} tayari lilibatilishwa na ingizo {other}.</translation>
        </message>
        <message>
            <source>Reversal of entry {number} ({year}): {reason}</source>
            <translation>Ubatilishaji wa ingizo {number} ({year}): {reason}</translation>
        </message>
        <message>
            <source>The period of {date} is closed.</source>
            <translation>Kipindi cha {date} kimefungwa.</translation>
        </message>
        <message>
            <source>The chart of accounts says no account for '{role}'; choose one in the books' settings.</source>
            <translation>Orodha ya akaunti haitaji akaunti yoyote kwa '{role}'; chagua moja katika mipangilio ya hesabu.</translation>
        </message>
        <message>
            <source>Line {n}: account {code} is income or expense; opening balances are for assets, liabilities and equity.</source>
            <translation>Mstari {n}: akaunti {code} ni ya mapato au matumizi; salio la kuanzia ni kwa mali, madeni na mtaji tu.</translation>
        </message>
        <message>
            <source>{year} already has its opening balances (entry {number}); reverse that entry first to enter them again.</source>
            <translation>Mwaka {year} tayari una salio lake la kuanzia (ingizo {number}); batilisha ingizo hilo kwanza ili kuliingiza tena.</translation>
        </message>
        <message>
            <source>The fiscal year {year} is already closed.</source>
            <translation>Mwaka wa fedha {year} tayari umefungwa.</translation>
        </message>
        <message>
            <source>Close the fiscal year {year} first.</source>
            <translation>Funga mwaka wa fedha {year} kwanza.</translation>
        </message>
        <message>
            <source>{year} still has {count} draft entries; post or delete them before closing the year.</source>
            <translation>Mwaka {year} bado una rasimu {count} za maingizo; ziingize kwenye leja au uzifute kabla ya kufunga mwaka.</translation>
        </message>
        <message>
            <source>Year-end closing {year}: income and expenses to the result</source>
            <translation>Kufunga mwaka {year}: mapato na matumizi kwenda kwenye matokeo</translation>
        </message>
        <message>
            <source>{file} is not a scanned receipt coopdesk can keep; attach a PDF or a photo (JPEG, PNG, TIFF, WebP).</source>
            <translation>{file} si stakabadhi iliyochanganuliwa ambayo coopdesk inaweza kuhifadhi; ambatisha PDF au picha (JPEG, PNG, TIFF, WebP).</translation>
        </message>
        <message>
            <source>{file} is larger than 10 MB; scan it at a lower resolution.</source>
            <translation>{file} ni kubwa kuliko MB 10; lichanganue kwa ubora wa chini zaidi.</translation>
        </message>
        <message>
            <source>share operation {number} reversed by {reversal}: {reason}</source>
            <translation>muamala wa hisa {number} umebatilishwa na {reversal}: {reason}</translation>
        </message>
        <message>
            <source>Share payment, member {number}</source>
            <translation>Malipo ya hisa, mwanachama {number}</translation>
        </message>
        <message>
            <source>Transfer of {shares} share(s), member {number} to member {other}</source>
            <translation>Uhamisho wa hisa {shares}, kutoka mwanachama {number} kwenda mwanachama {other}</translation>
        </message>
        <message>
            <source>Refund of {shares} share(s) to member {number}</source>
            <translation>Marejesho ya hisa {shares} kwa mwanachama {number}</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Jumla</translation>
        </message>
        <message>
            <source>'{value}' is not a date; write it as DD/MM/YYYY or YYYY-MM-DD.</source>
            <translation>'{value}' si tarehe; iandike kama DD/MM/YYYY au YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>'{value}' is only a year; write the whole date as DD/MM/YYYY or YYYY-MM-DD.</source>
            <translation>'{value}' ni mwaka tu; andika tarehe kamili kama DD/MM/YYYY au YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>The sex is missing; write F (woman) or M (man).</source>
            <translation>Jinsia haijaandikwa; andika KE (mwanamke) au ME (mwanaume).</translation>
        </message>
        <message>
            <source>'{value}' is not a sex; write F (woman) or M (man).</source>
            <translation>'{value}' si jinsia; andika KE (mwanamke) au ME (mwanaume).</translation>
        </message>
        <message>
            <source>The role is missing; write digger, processor, trader or auxiliary.</source>
            <translation>Kazi haijaandikwa; andika mchimbaji, mchambuzi, mfanyabiashara au msaidizi.</translation>
        </message>
        <message>
            <source>'{value}' is not a role; write digger, processor, trader or auxiliary.</source>
            <translation>'{value}' si kazi; andika mchimbaji, mchambuzi, mfanyabiashara au msaidizi.</translation>
        </message>
        <message>
            <source>'{value}': an import only registers applicants and active members; import them as active and record the change of status afterwards.</source>
            <translation>'{value}': uingizaji unasajili waombaji na wanachama hai tu; waingize kama hai kisha urekodi mabadiliko ya hali baadaye.</translation>
        </message>
        <message>
            <source>'{value}' is not a status; write applicant or active, or leave it empty for active.</source>
            <translation>'{value}' si hali; andika mwombaji au hai, au iache wazi kwa hai.</translation>
        </message>
        <message>
            <source>'{value}' is a number in scientific notation and has lost digits; format the column as text in the spreadsheet and type the number again.</source>
            <translation>'{value}' ni namba katika mtindo wa kisayansi na imepoteza tarakimu; weka safu kuwa maandishi katika lahajedwali kisha uandike namba tena.</translation>
        </message>
        <message>
            <source>'{value}' cannot be read ({error}); correct the cell.</source>
            <translation>'{value}' haiwezi kusomwa ({error}); sahihisha kisanduku.</translation>
        </message>
        <message>
            <source>'{value}...' is longer than {limit} characters; shorten it.</source>
            <translation>'{value}...' ni ndefu kuliko herufi {limit}; ifupishe.</translation>
        </message>
        <message>
            <source>The mining site '{site}' is not in the register; add it under Mining sites first, or correct the name.</source>
            <translation>Eneo la uchimbaji '{site}' halimo kwenye daftari; liongeze kwanza chini ya Maeneo ya uchimbaji, au sahihisha jina.</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Jina kamili</translation>
        </message>
        <message>
            <source>The header row must be 1 or more.</source>
            <translation>Mstari wa vichwa lazima uwe 1 au zaidi.</translation>
        </message>
        <message>
            <source>{file} is larger than 100 MB; split it into smaller files.</source>
            <translation>{file} ni kubwa kuliko MB 100; ligawe katika faili ndogo zaidi.</translation>
        </message>
        <message>
            <source>{file} is not a file coopdesk can import; save it as CSV (.csv) or Excel (.xlsx).</source>
            <translation>{file} si faili ambalo coopdesk inaweza kuingiza; lihifadhi kama CSV (.csv) au Excel (.xlsx).</translation>
        </message>
        <message>
            <source>{file} is not a text table (CSV); it looks like another kind of file. Save the list as CSV or Excel (.xlsx) and try again.</source>
            <translation>{file} si jedwali la maandishi (CSV); linaonekana kuwa aina nyingine ya faili. Hifadhi orodha kama CSV au Excel (.xlsx) kisha ujaribu tena.</translation>
        </message>
        <message>
            <source>'{encoding}' is not a known text encoding; try utf-8 or cp1252.</source>
            <translation>'{encoding}' si usimbaji wa maandishi unaojulikana; jaribu utf-8 au cp1252.</translation>
        </message>
        <message>
            <source>{file} is not written in {encoding}; choose another encoding (utf-8, cp1252 or latin-1).</source>
            <translation>{file} halijaandikwa kwa {encoding}; chagua usimbaji mwingine (utf-8, cp1252 au latin-1).</translation>
        </message>
        <message>
            <source>{file} is protected by a password or saved in the old Excel format. Remove the password, or save it as .xlsx or CSV, and try again.</source>
            <translation>{file} limelindwa kwa nenosiri au limehifadhiwa katika muundo wa zamani wa Excel. Ondoa nenosiri, au lihifadhi kama .xlsx au CSV, kisha ujaribu tena.</translation>
        </message>
        <message>
            <source>{file} is not an Excel workbook (.xlsx), or it is damaged. Open it in a spreadsheet program and save it as .xlsx or CSV.</source>
            <translation>{file} si kitabu cha Excel (.xlsx), au limeharibika. Lifungue katika programu ya lahajedwali na ulihifadhi kama .xlsx au CSV.</translation>
        </message>
        <message>
            <source>{file} has no sheet called '{sheet}'; its sheets are: {sheets}.</source>
            <translation>{file} halina karatasi inayoitwa '{sheet}'; karatasi zake ni: {sheets}.</translation>
        </message>
        <message>
            <source>{file} has {count} sheet(s); there is no sheet number {number}.</source>
            <translation>{file} lina karatasi {count}; hakuna karatasi namba {number}.</translation>
        </message>
        <message>
            <source>{file} is in the old Excel format (.xls). Open it in a spreadsheet program and save it as .xlsx or CSV.</source>
            <translation>{file} liko katika muundo wa zamani wa Excel (.xls). Lifungue katika programu ya lahajedwali na ulihifadhi kama .xlsx au CSV.</translation>
        </message>
        <message>
            <source>{file} has no header line at row {row}: the first line must name the columns (or choose the row that does).</source>
            <translation>{file} halina mstari wa vichwa kwenye mstari {row}: mstari wa kwanza lazima utaje safu (au chagua mstari unaozitaja).</translation>
        </message>
        <message>
            <source>{file} has a header line but no members below it.</source>
            <translation>{file} lina mstari wa vichwa lakini hakuna wanachama chini yake.</translation>
        </message>
        <message>
            <source>Column {letter}</source>
            <translation>Safu {letter}</translation>
        </message>
        <message>
            <source>'{field}' is not a field coopdesk can import; leave this column out.</source>
            <translation>'{field}' si sehemu ambayo coopdesk inaweza kuingiza; iache safu hii.</translation>
        </message>
        <message>
            <source>The column '{column}' is not in the file; choose another column.</source>
            <translation>Safu '{column}' haimo kwenye faili; chagua safu nyingine.</translation>
        </message>
        <message>
            <source>This column is chosen for {fields}; choose one column for each field.</source>
            <translation>Safu hii imechaguliwa kwa {fields}; chagua safu moja kwa kila sehemu.</translation>
        </message>
        <message>
            <source>No column is chosen for {field}; choose the column that holds it.</source>
            <translation>Hakuna safu iliyochaguliwa kwa {field}; chagua safu yenye taarifa hiyo.</translation>
        </message>
        <message>
            <source>This row cannot be read ({error}); check its cells.</source>
            <translation>Mstari huu hauwezi kusomwa ({error}); kagua visanduku vyake.</translation>
        </message>
        <message>
            <source>National ID {id} is also on row {other}; a member can be in the file only once. Correct the ID or delete one of the two rows.</source>
            <translation>Kitambulisho cha taifa {id} kiko pia kwenye mstari {other}; mwanachama anaweza kuwa kwenye faili mara moja tu. Sahihisha kitambulisho au futa mmoja wa mistari hiyo miwili.</translation>
        </message>
        <message>
            <source>{name}, born {date}, is also on row {other}; a member can be in the file only once. Give both national IDs if they are two people, or delete one of the two rows.</source>
            <translation>{name}, aliyezaliwa {date}, yuko pia kwenye mstari {other}; mwanachama anaweza kuwa kwenye faili mara moja tu. Weka vitambulisho vyote viwili kama ni watu wawili, au futa mmoja wa mistari hiyo miwili.</translation>
        </message>
        <message>
            <source>Import cancelled; nothing was written.</source>
            <translation>Uingizaji umeghairiwa; hakuna kilichoandikwa.</translation>
        </message>
        <message>
            <source>The rows from {row} on could not be written: {reason}</source>
            <translation>Safu kuanzia {row} hazikuweza kuhifadhiwa: {reason}</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Usajili</translation>
        </message>
        <message>
            <source>Member register</source>
            <translation>Daftari la wanachama</translation>
        </message>
        <message>
            <source>text “{text}”</source>
            <translation>maneno “{text}”</translation>
        </message>
        <message>
            <source>Filtered: {filters}</source>
            <translation>Kichujio: {filters}</translation>
        </message>
        <message>
            <source>Members by status</source>
            <translation>Wanachama kwa hali</translation>
        </message>
        <message>
            <source>{total} members ever registered; {active} active, of whom {women:.0%} are women.</source>
            <translation>Wanachama {total} wamewahi kusajiliwa; {active} hai, kati yao {women:.0%} ni wanawake.</translation>
        </message>
        <message>
            <source>Last names</source>
            <translation>Majina ya ukoo</translation>
        </message>
        <message>
            <source>First names</source>
            <translation>Majina ya kwanza</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Jinsia</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Kuzaliwa</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Imethibitishwa</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Wanachama</translation>
        </message>
        <message>
            <source>Member cards</source>
            <translation>Kadi za wanachama</translation>
        </message>
        <message>
            <source>Member no. {number}</source>
            <translation>Mwanachama Na. {number}</translation>
        </message>
        <message>
            <source>Member since {date}</source>
            <translation>Mwanachama tangu {date}</translation>
        </message>
        <message>
            <source>ID {id}</source>
            <translation>Kitambulisho {id}</translation>
        </message>
        <message>
            <source>Woman</source>
            <translation>Mwanamke</translation>
        </message>
        <message>
            <source>Man</source>
            <translation>Mwanaume</translation>
        </message>
        <message>
            <source>Digger</source>
            <translation>Mchimbaji</translation>
        </message>
        <message>
            <source>Ore selector or processor</source>
            <translation>Mchambuzi au mchenjuaji wa madini</translation>
        </message>
        <message>
            <source>Trader</source>
            <translation>Mfanyabiashara</translation>
        </message>
        <message>
            <source>Auxiliary</source>
            <translation>Msaidizi</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>Mwombaji</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Hai</translation>
        </message>
        <message>
            <source>Suspended</source>
            <translation>Amesimamishwa</translation>
        </message>
        <message>
            <source>Exited</source>
            <translation>Ameondoka</translation>
        </message>
        <message>
            <source>Deceased</source>
            <translation>Marehemu</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Taslimu</translation>
        </message>
        <message>
            <source>Bank account</source>
            <translation>Akaunti ya benki</translation>
        </message>
        <message>
            <source>Keep and use my personal data</source>
            <translation>Hifadhi na tumia taarifa zangu binafsi</translation>
        </message>
        <message>
            <source>Use my photo on cards and lists</source>
            <translation>Tumia picha yangu kwenye kadi na orodha</translation>
        </message>
        <message>
            <source>Send me messages by phone</source>
            <translation>Nitumie ujumbe kwa simu</translation>
        </message>
        <message>
            <source>Share my data with buyers and certifiers</source>
            <translation>Shiriki taarifa zangu na wanunuzi na wathibitishaji</translation>
        </message>
        <message>
            <source>Member no.</source>
            <translation>Mwanachama Na.</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Tarehe ya kuzaliwa</translation>
        </message>
        <message>
            <source>Miner card no.</source>
            <translation>Na. ya kadi ya mchimbaji</translation>
        </message>
        <message>
            <source>Miner card expiry</source>
            <translation>Kadi ya mchimbaji inaisha</translation>
        </message>
        <message>
            <source>Mining sites</source>
            <translation>Maeneo ya uchimbaji</translation>
        </message>
        <message>
            <source>Join date</source>
            <translation>Tarehe ya kujiunga</translation>
        </message>
        <message>
            <source>Successor's relation</source>
            <translation>Uhusiano na mrithi</translation>
        </message>
        <message>
            <source>Successor's phone</source>
            <translation>Simu ya mrithi</translation>
        </message>
        <message>
            <source>Payout method</source>
            <translation>Njia ya malipo</translation>
        </message>
        <message>
            <source>Payout account</source>
            <translation>Akaunti ya malipo</translation>
        </message>
        <message>
            <source>Bank or provider</source>
            <translation>Benki au mtoa huduma</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>Ridhaa</translation>
        </message>
        <message>
            <source>The first names are missing.</source>
            <translation>Majina ya kwanza hayajaandikwa.</translation>
        </message>
        <message>
            <source>The last names are missing.</source>
            <translation>Majina ya ukoo hayajaandikwa.</translation>
        </message>
        <message>
            <source>Sex must be F (woman) or M (man), not '{value}'.</source>
            <translation>Jinsia lazima iwe F (mwanamke) au M (mwanaume), si '{value}'.</translation>
        </message>
        <message>
            <source>'{value}' is not a role; use digger, processor, trader or auxiliary.</source>
            <translation>'{value}' si kazi; tumia mchimbaji, mchambuzi, mfanyabiashara au msaidizi.</translation>
        </message>
        <message>
            <source>The date of birth is missing.</source>
            <translation>Tarehe ya kuzaliwa haijaandikwa.</translation>
        </message>
        <message>
            <source>The date of birth {date} is in the future.</source>
            <translation>Tarehe ya kuzaliwa {date} bado haijafika.</translation>
        </message>
        <message>
            <source>The date of birth {date} gives an age over 110; check the year.</source>
            <translation>Tarehe ya kuzaliwa {date} inatoa umri wa zaidi ya miaka 110; kagua mwaka.</translation>
        </message>
        <message>
            <source>A minor cannot be registered as a miner: born {date}, {name} is {age} years old; members must be at least {minimum}.</source>
            <translation>Mtoto hawezi kusajiliwa kama mchimbaji: alizaliwa {date}, {name} ana miaka {age}; wanachama lazima wawe na angalau miaka {minimum}.</translation>
        </message>
        <message>
            <source>The join date is missing.</source>
            <translation>Tarehe ya kujiunga haijaandikwa.</translation>
        </message>
        <message>
            <source>The join date {date} is in the future.</source>
            <translation>Tarehe ya kujiunga {date} bado haijafika.</translation>
        </message>
        <message>
            <source>The join date is before the date of birth.</source>
            <translation>Tarehe ya kujiunga iko kabla ya tarehe ya kuzaliwa.</translation>
        </message>
        <message>
            <source>On the join date {date} the member was {age}, a minor; a minor cannot be a member. Use the date they joined as an adult.</source>
            <translation>Tarehe ya kujiunga {date} mwanachama alikuwa na miaka {age}, alikuwa mtoto; mtoto hawezi kuwa mwanachama. Tumia tarehe aliyojiunga akiwa mtu mzima.</translation>
        </message>
        <message>
            <source>'{value}' is not a phone number (digits, spaces, an optional + in front).</source>
            <translation>'{value}' si namba ya simu (tarakimu, nafasi, na + mwanzoni ukipenda).</translation>
        </message>
        <message>
            <source>'{value}' is not a payout method; use cash, bank or mobile.</source>
            <translation>'{value}' si njia ya malipo; tumia taslimu, benki au pesa ya simu.</translation>
        </message>
        <message>
            <source>Give the account or mobile-money number the payouts go to.</source>
            <translation>Weka akaunti au namba ya pesa kwa simu ambako malipo yanatumwa.</translation>
        </message>
        <message>
            <source>Unknown consent(s): {values}.</source>
            <translation>Ridhaa zisizojulikana: {values}.</translation>
        </message>
        <message>
            <source>A member who is {current} cannot become {new}.</source>
            <translation>Mwanachama mwenye hali ya {current} hawezi kubadilishwa kuwa {new}.</translation>
        </message>
        <message>
            <source>Give the reason for this change.</source>
            <translation>Taja sababu ya mabadiliko haya.</translation>
        </message>
        <message>
            <source>The date {date} is before the member's last change of status ({since}).</source>
            <translation>Tarehe {date} iko kabla ya mabadiliko ya mwisho ya hali ya mwanachama ({since}).</translation>
        </message>
        <message>
            <source>Unknown mining site(s): {ids}.</source>
            <translation>Maeneo ya uchimbaji yasiyojulikana: {ids}.</translation>
        </message>
        <message>
            <source>National ID {id} is already registered to member {number}.</source>
            <translation>Kitambulisho cha taifa {id} tayari kimesajiliwa kwa mwanachama {number}.</translation>
        </message>
        <message>
            <source>A new member starts as an applicant or as active.</source>
            <translation>Mwanachama mpya huanza kama mwombaji au kama hai.</translation>
        </message>
        <message>
            <source>National ID {id} is also on row {other}.</source>
            <translation>Kitambulisho {id} kipo pia kwenye safu {other}.</translation>
        </message>
        <message>
            <source>The photo is larger than 2 MB; use a smaller picture.</source>
            <translation>Picha ni kubwa kuliko MB 2; tumia picha ndogo zaidi.</translation>
        </message>
        <message>
            <source>The photo must be a PNG or JPEG picture.</source>
            <translation>Picha lazima iwe ya aina PNG au JPEG.</translation>
        </message>
        <message>
            <source>The site's name is empty.</source>
            <translation>Jina la eneo halijaandikwa.</translation>
        </message>
        <message>
            <source>The latitude must be between -90 and 90.</source>
            <translation>Latitudo lazima iwe kati ya -90 na 90.</translation>
        </message>
        <message>
            <source>The longitude must be between -180 and 180.</source>
            <translation>Longitudo lazima iwe kati ya -180 na 180.</translation>
        </message>
        <message>
            <source>There is already a site called {name}.</source>
            <translation>Tayari lipo eneo linaloitwa {name}.</translation>
        </message>
        <message>
            <source>The census needs a name, e.g. 'Census 2026'.</source>
            <translation>Sensa inahitaji jina, mfano 'Sensa 2026'.</translation>
        </message>
        <message>
            <source>There is already a census called {name}.</source>
            <translation>Tayari ipo sensa inayoitwa {name}.</translation>
        </message>
        <message>
            <source>There is no census {id}.</source>
            <translation>Hakuna sensa {id}.</translation>
        </message>
        <message>
            <source>Subscription</source>
            <translation>Uandikishaji</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Malipo</translation>
        </message>
        <message>
            <source>Transfer</source>
            <translation>Uhamisho</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Marejesho</translation>
        </message>
        <message>
            <source>Reversal</source>
            <translation>Ubatilisho</translation>
        </message>
        <message>
            <source>Cancellation of unpaid shares</source>
            <translation>Kufuta hisa ambazo hazijalipwa</translation>
        </message>
        <message>
            <source>Member {number} is {status}; their shares can only be refunded.</source>
            <translation>Mwanachama {number} ana hali ya {status}; hisa zake zinaweza kurejeshwa tu.</translation>
        </message>
        <message>
            <source>The number of shares must be at least 1.</source>
            <translation>Idadi ya hisa lazima iwe angalau 1.</translation>
        </message>
        <message>
            <source>Set the value of one share in the settings first.</source>
            <translation>Kwanza weka thamani ya hisa moja katika mipangilio.</translation>
        </message>
        <message>
            <source>The amount paid must be more than zero.</source>
            <translation>Kiasi kilicholipwa lazima kiwe zaidi ya sifuri.</translation>
        </message>
        <message>
            <source>Member {number} owes {owed} {currency} on subscribed shares; a payment of {amount} is more than that.</source>
            <translation>Mwanachama {number} anadaiwa {owed} {currency} kwa hisa alizoandikisha; malipo ya {amount} ni zaidi ya hapo.</translation>
        </message>
        <message>
            <source>A member cannot transfer shares to themselves.</source>
            <translation>Mwanachama hawezi kujihamishia hisa mwenyewe.</translation>
        </message>
        <message>
            <source>Shares can only go to an active member; member {number} is {status}.</source>
            <translation>Hisa zinaweza kwenda kwa mwanachama hai tu; mwanachama {number} ana hali ya {status}.</translation>
        </message>
        <message>
            <source>Member {number} holds {held} fully paid share(s); cannot transfer {shares}.</source>
            <translation>Mwanachama {number} ana hisa {held} zilizolipiwa kikamilifu; haiwezekani kuhamisha {shares}.</translation>
        </message>
        <message>
            <source>Shares are refunded to members who have left; member {number} is {status}.</source>
            <translation>Hisa hurejeshwa kwa wanachama walioondoka; mwanachama {number} ana hali ya {status}.</translation>
        </message>
        <message>
            <source>Member {number} holds {held} share(s).</source>
            <translation>Mwanachama {number} ana hisa {held}.</translation>
        </message>
        <message>
            <source>Unpaid part of the shares refunded by operation {number}</source>
            <translation>Sehemu isiyolipwa ya hisa zilizorejeshwa kwa muamala {number}</translation>
        </message>
        <message>
            <source>There is no share operation number {number}.</source>
            <translation>Hakuna muamala wa hisa namba {number}.</translation>
        </message>
        <message>
            <source>A reversal cannot itself be reversed; record the operation again instead.</source>
            <translation>Ubatilisho wenyewe hauwezi kubatilishwa; badala yake rekodi muamala tena.</translation>
        </message>
        <message>
            <source>Operation {number} is already reversed.</source>
            <translation>Muamala {number} tayari umebatilishwa.</translation>
        </message>
        <message>
            <source>Reversing operation {number} would leave member {member} with negative capital; reverse the later operations first.</source>
            <translation>Kubatilisha muamala {number} kungemwacha mwanachama {member} na mtaji hasi; batilisha kwanza miamala iliyofuata.</translation>
        </message>
        <message>
            <source>OVERDUE - {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LATE - {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Year {year}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what}, situation on {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation>Umekamilika</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actual (from the books)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No activity in the action plan yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OVERDUE: {list}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number}. {title} (ended {day})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LATE (progress behind the time gone by more than {points} points): {list}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number}. {title} ({progress} % done, {expected} % of the time gone)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Responsible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OVERDUE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LATE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number}. {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Budget and actual by activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spending tagged to each activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{text} (reversed, not counted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number}. {title}: budget {budget}, actual {actual}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spending</source>
            <translation>Gharama</translation>
        </message>
        <message>
            <source>No fiscal year holds today's date; say which year.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no fiscal year in {year}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Budget against actual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fiscal year {year}, version {version}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approved by the general assembly on {day}, resolution {resolution} (“{meeting}”)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DRAFT: not approved by the general assembly yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fiscal year</source>
            <translation>Mwaka wa fedha</translation>
        </message>
        <message>
            <source>{year}: {start} to {end}</source>
            <translation>{year}: {start} hadi {end}</translation>
        </message>
        <message>
            <source>Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>posted entries of the year up to {day}, year-end closing left out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Budgeted result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actual result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OVER BUDGET: {list}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{code} {name} ({used})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{pct} % used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no budget</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Variance (+ favourable)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing budgeted or recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total {what}: budget {budget}, actual {actual}, {used}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Result (income less expenses)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expenses: budget and actual by group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no activity number {number}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no member number {number} to be responsible.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the activity a title, e.g. “Helmets and boots for every digger”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The title is longer than {n} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give a date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The budget must be an amount.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The budget cannot be less than zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The requirement's reference is longer than {n} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The activity ends ({ends}) before it starts ({starts}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An activity has no field “{field}” to change here; the fields are {fields}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The status is one of {statuses}; not “{status}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The progress is a whole per cent from 0 to 100; not {value}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An activity that is done is 100 % done; the progress says {value} %.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the date of the report.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line} is already tagged to activity {number}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose at least one journal line to tag.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no journal line {line}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line} belongs to a draft entry; only lines of posted entries are tagged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no posted entry {entry}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entry {entry} has no debit to an expense account; tag its lines one by one instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose at least one tagged line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line} is not tagged to any activity.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no budget {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version {version} of the {year} budget was approved on {date} and is frozen. Make a revision (a new version) to change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version {version} of the {year} budget is still a draft: change it rather than starting another.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account {code}: there is no such account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account {code}: a heading; budget the accounts under it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account {code} is not an income or expense account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account {code}: the amount is not a number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account {code}: the amount {amount} is less than zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The growth is a percentage above -100 and at most 1000; not {value}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no motion {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Motion {id} was voted by “{meeting}”, not by a general assembly; only the assembly approves the budget.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Motion {id} did not pass; it cannot approve the budget.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Motion {id} already approved version {version} of a budget.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The budget has no lines yet; give amounts before it is approved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no budget for {year} yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {year} budget has no version {version}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profile of the cooperative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Market and buyers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Production and operations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation and management</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Risks and how we meet them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft</source>
            <translation>Rasimu</translation>
        </message>
        <message>
            <source>Adopted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no business plan {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The plan “{title}” was adopted (resolution {ref}) and can no longer be changed. Make a copy to work on a new version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: give an amount.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} must be more than zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the {what}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {what} is longer than {n} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The plan runs from {first} to {last}; year {index} is not one of its years (1 to {count}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The grams sold must be zero or more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the grams to the milligram (three decimals at most), not {grams}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no account {code} in the chart.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account {code} ({name}) is not an expense account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>plan's title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The first year {year} is not a calendar year.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A business plan covers {low} to {high} years, not {years}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown mineral {mineral}; known: {known}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The opening cash: give an amount.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown section {key}; the sections are {keys}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The section is longer than {n} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The price per gram</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The premium per gram</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give one amount for each of the plan's {count} years, not {given}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The cost per gram in {year}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The cost in {year}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cost's label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no cost line {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>item's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From the members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From the premium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From a loan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From a grant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The funding adds up to {funded}, not to the cost {cost}: members {members} + premium {premium} + loan {loan} + grant {grant}; {gap} {what}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>too much</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repay the loan over 1 to 30 years.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The loan's interest rate is a percentage a year, from 0 to 100.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the interest rate to two decimals at most, not {rate}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The item's useful life is 1 to 50 years.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no investment {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no fiscal year {year}; the books have: {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The books of {year} have no posted expenses and no sales of {mineral}: there is nothing to start from.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Motion {id} (“{text}”) did not pass; only a passed motion adopts a plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Motion {id} already adopted the plan “{title}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft: not adopted yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adopted by resolution {ref} of “{meeting}” on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{year}: each gram of {metal} costs {cost} to produce and sells for {price}; no quantity sold covers the costs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{year}: there are no fixed costs; every gram sold earns {margin}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{year}: the cooperative covers its costs from {need} g of fine {metal} sold (sales of {money}). It plans {planned} g, {percent} % above that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{year}: the cooperative covers its costs from {need} g of fine {metal} sold (sales of {money}). It plans only {planned} g, {percent} % short: a loss without the premium.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cash stays above zero every year; it is lowest at the end of {year} ({amount} {currency}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning: cash falls below zero at the end of {years} {currency}. Find more funding, spread the investments or cut costs before adopting the plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no business plan yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Business plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cooperative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan</source>
            <translation>Mpango</translation>
        </message>
        <message>
            <source>Years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{first} to {last} ({count} years)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Metal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cash at the start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{date} by {user}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adopting motion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This section is not written yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assumptions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Variable cost per gram</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Production and prices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Basis</source>
            <translation>Msingi</translation>
        </message>
        <message>
            <source>Costs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No costs entered yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Projected income statement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Costs are shown as negative amounts. The operating result leaves out the Fairmined premium, which is kept for the uses the assembly votes; the net result includes it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revenue and costs per year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total costs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Investment programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{amount} over {years} years at {rate} % a year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Premium</source>
            <translation>Malipo ya ziada ya Fairmined</translation>
        </message>
        <message>
            <source>Loan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cost and funding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Life (years)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write-off a year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write-off and loans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The programme costs {cost}: {members} from the members, {premium} from the premium, {loan} borrowed and {grant} in grants. Items are written off in equal parts over their life; loans are repaid in equal parts from the year after they are drawn, with interest on what is still owed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No investment is planned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Margin per gram</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Costs to cover</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Break-even grams</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Break-even sales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grams planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The break-even is the quantity of fine metal whose margin (price less the variable cost of each gram) pays the fixed costs, the depreciation and the interest of the year. The premium is not counted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cash projection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Premium received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contributions of members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loans drawn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Costs paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Investments bought</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loans repaid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interest paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cash at the end of each year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} bytes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} KB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} MB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{status} (in {days} days)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{status} ({days} days ago)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Formalisation path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As it stands on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step {step}: {title} ({status})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every stage is granted and valid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No stage recorded yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stages granted and valid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{granted} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next expiry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title}, on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Miner cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fees paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step</source>
            <translation>Hatua</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expires</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mining site: {site}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{step}. {title}: {notes}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No stage of the formalisation path is recorded yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warnings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each amount is what the posted entry paid, read from the books (its total debits).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No fee is linked to an entry of the books yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Documents held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation>Faili</translation>
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SHA-256 (start)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No document is kept yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Members' miner cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Holding a valid card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expiring within {days} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No card recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Card expires</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cards expiring within {days} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cards expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>… and {more} more (see the member register).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Miners registered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cooperative registered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Regional permit or environmental licence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>National licence or mining title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Artisanal mining zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The members registered as miners with the authority, each with a miner card: e.g. the subsistence miner certificate and RUCOM in Colombia, the artisanal miner card in DR Congo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The cooperative's legal registration: e.g. the Chamber of Commerce in Colombia, the registry of cooperatives elsewhere.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A permit from the province or region: e.g. an environmental licence from a regional environmental authority, a water or explosives permit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The right to mine from the national authority: a licence, a mining title or a concession contract.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An area set aside for artisanal mining: e.g. a ZEA in DR Congo, a special reserve area (área de reserva especial) in Colombia.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any other step the authorities or a buyer require.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Granted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lapsed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applied, in progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Granted, valid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expiring soon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name the entry as YEAR:NUMBER, e.g. 2026:14; not “{value}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no stage {id} on the formalisation path.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no mining site {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no mining site “{name}”; the sites are: {known}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{value}” is not a date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A stage is one of: {kinds}; not “{kind}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the stage a title, e.g. “Environmental licence”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The authority's name is longer than {n} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The reference number is longer than {n} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A stage's status is one of: {statuses}; not “{status}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>application</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>issue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {what} date {date} is in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It cannot be issued ({issued}) before it was applied for ({applied}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It must expire after it was issued ({issued}), not on {expires}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A granted stage needs the date it was issued.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A granted stage needs its reference number (of the certificate, licence or title).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A stage with an application or issue date has started: say whether it is applied for, granted, refused or lapsed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A stage has no field “{name}”; its fields are: {known}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{title}” keeps {docs} document(s) and {fees} fee(s): mark it lapsed instead of removing it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is not a document coopdesk can keep; add a PDF or a photo (JPEG or PNG).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the document's file name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no document {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entry {entry} is a reversal; it paid no fee.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entry {entry} was reversed; it paid no fee.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entry {entry} is already linked to “{title}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entry {entry} is not a fee of “{title}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{valid} of {members} active members hold a valid miner card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (No. {number}, {date})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{names} and {more} more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{stage} expired on {date}, {days} days ago: renew it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{stage} expires today: renew it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{stage} expires on {date}, in {days} days: apply for its renewal now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} active members' miner cards have expired: {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} active members' miner cards expire within {days} days: {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Women among active members</source>
            <translation>Wanawake kati ya wanachama hai</translation>
        </message>
        <message>
            <source>{women} women of {total} active members.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at least {n} women</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{women} women of {total} officers in office.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The bylaws ask for at least {n}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Women among the officers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Under {age} on {date}: member number(s) {numbers}. Check their records now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No member on the register is under {age}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Members under {age} on the register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fine gold per miner per day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at most {value} g</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No gold production lots from {start} to {end}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} g</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{grams} g of fine gold in {lots} lots over {days} miner-days, {start} to {end}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fairmined premium spent against plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No premium use plan approved by the assembly yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{spent} of {budget} {currency} spent; plan “{plan}”, {start} to {end}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last ordinary assembly: {title} on {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No ordinary general assembly with final minutes in the 12 months to {date}; the bylaws call for one every year.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>General assemblies in the last 12 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an ordinary assembly each year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} of {total} active members attended at least one session.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By theme: {themes}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Members trained in the last 12 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By kind: {kinds}. Serious or fatal: {serious}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No incident recorded from {start} to {end}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incidents in the last 12 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mercury used in the last 12 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The total of {n} entries “mercury used” in the incident register.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partly met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not applicable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Final minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Register extract</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Formalisation document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Training session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journal entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Formalisation stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}: “{key}” must be a text that is not empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}: the file must hold one JSON object.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}: “sections” must be a list that is not empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}, section {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}: a section must be an object.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}, section {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}: this section id is used twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}: “requirements” must be a list that is not empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}, section {id}, requirement {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}: a requirement must be an object.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}, requirement {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}: this requirement id is used twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}: the id is too long.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}: “evidence” must be a list of texts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}: “indicator” must be a text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}: cannot be read ({error}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}: not valid JSON at line {line}: {error}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}: its key “{key}” differs from the file's name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no standard “{key}”; the standards are {keys}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{standard} has no requirement “{id}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{level}” is not a level; choose one of {levels}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The assessment's date {date} is in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The note is longer than {n} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no {what} with id {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The minutes of “{title}” are not final yet: sign them first, or link the meeting itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes no. {number}: {title} ({date})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting: {title} ({date})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>training session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Training: {topic} ({date})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incident no. {number}: {kind} ({date})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>formalisation stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title}, reference {ref}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>formalisation document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} ({stage})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>posted journal entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entry {key}: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activity {number}: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{kind}” is not a kind of evidence; choose one of {kinds}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The label is longer than {n} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say which {what} is the evidence.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A {what} names no record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the file's name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file's name is longer than 200 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file {file} is larger than 20 MB.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a file carries a file's name and contents.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} is already evidence for {standard} {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Member register on {date}: {count} members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no evidence with id {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no file kept with evidence {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Improve on {standard} {id}: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CRAFT, Fairmined and Maendeleo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Standards: progress and evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{which}, on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Standard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Requirements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>% met (weighted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weights: met 1, partly met 0.66, in progress 0.33, not started 0; requirements not applicable are left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress by standard (% met, weighted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress by section (% met, weighted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Requirements by level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indicators computed from the records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NO</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indicator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value</source>
            <translation>Thamani</translation>
        </message>
        <message>
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indicators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{version}, {publisher}. {levels}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The requirements below are summaries in our own words; the standard's text is authoritative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clause: {clause}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evidence: {items}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Improvement activities: {items}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number}. {title} ({status}, {progress} %)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Requirement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessed on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{id}. {title}: {percent} % met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Safety at work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First aid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mercury and mercury-free processing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Environment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Governance and the bylaws</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finance and bookkeeping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gender and women's leadership</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rights and the law</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mining and processing techniques</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Near miss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Occupational illness</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mercury used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mercury spilled or released</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Environmental damage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Child labour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflict or violence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Security (theft, intrusion)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>minor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>serious</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fatal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At most {count} characters, please.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say what the session was about.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{theme}' is not a theme; choose one of {themes}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name the trainer or the organisation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The length is in minutes, from 0 to {most}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no training session {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (member {number}) is not an active member.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (member {number}) joined on {joined}, after the session.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} of the members named cannot be on the attendance list; nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The session of {day} has not taken place yet: attendance is taken on the day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A session with attendance has taken place: it cannot be moved to a day ahead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (member {number}) is already on the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Member {number} is not on the attendance list of this session.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mercury is recorded only for mercury used or spilled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say how many grams of mercury were used or spilled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the grams of mercury to the milligram at most (three decimals).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The grams of mercury must be more than zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no incident number {number}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{kind}' is not a kind of incident; choose one of {kinds}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{severity}' is not a severity; choose one of {choices}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An incident cannot be recorded on a day ahead ({day}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say what happened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say what was done about it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incident {number} was closed on {day}; a closed incident is not reopened: record a new one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An incident cannot be closed before it happened ({day}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An incident cannot be closed on a day ahead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Training report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hours of training given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Members trained (each counted once)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Women among them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{women} ({share} %)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attendances (a member at a session)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hours received (hours × attendees)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No training session in this period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Women</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attendances</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hours given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hours received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Members trained by theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Women were {share} % of the members trained in the period ({women} of {members}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incident register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{days} days (last accident on {day})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no accident recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incidents recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Still open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serious or fatal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mercury used or released</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{grams} g</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days since the last accident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No incident recorded in this period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation>Aina</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Site</source>
            <translation>Eneo</translation>
        </message>
        <message>
            <source>Mercury (g)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Register</source>
            <translation>Sajili</translation>
        </message>
        <message>
            <source>By kind and severity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incidents by kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mercury</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} record(s) of mercury used or released, {grams} g in all.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mercury (g) by record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened and what was done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No. {number}, {day}: {kind} ({severity})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>closed on {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Training record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Member number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Member since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions attended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hours of training</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} has attended no training session recorded by the cooperative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} attended the training sessions below, as recorded on the cooperative's attendance lists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{topic} ({theme}). Trainer: {trainer}. {hours} h.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issued on {day}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lots</source>
            <translation>Loti</translation>
        </message>
        <message>
            <source>Grams produced</source>
            <translation>Gramu zilizozalishwa</translation>
        </message>
        <message>
            <source>Fine grams</source>
            <translation>Gramu safi</translation>
        </message>
        <message>
            <source>Grams bought</source>
            <translation>Gramu zilizonunuliwa</translation>
        </message>
        <message>
            <source>Paid to members</source>
            <translation>Kiasi kilicholipwa kwa wanachama</translation>
        </message>
        <message>
            <source>Grams sold</source>
            <translation>Gramu zilizouzwa</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Mauzo</translation>
        </message>
        <message>
            <source>Member or work group</source>
            <translation>Mwanachama au kikundi cha kazi</translation>
        </message>
        <message>
            <source>Mineral</source>
            <translation>Madini</translation>
        </message>
        <message>
            <source>Grams</source>
            <translation>Gramu</translation>
        </message>
        <message>
            <source>Grams, previous period</source>
            <translation>Gramu, kipindi kilichopita</translation>
        </message>
        <message>
            <source>Fine grams, previous period</source>
            <translation>Gramu safi, kipindi kilichopita</translation>
        </message>
        <message>
            <source>Production</source>
            <translation>Uzalishaji</translation>
        </message>
        <message>
            <source>Purchases from members</source>
            <translation>Manunuzi kutoka kwa wanachama</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>Manunuzi</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>Mnunuzi</translation>
        </message>
        <message>
            <source>Fineness (‰)</source>
            <translation>Usafi (‰)</translation>
        </message>
        <message>
            <source>Gold per miner per day</source>
            <translation>Dhahabu kwa mchimbaji kwa siku</translation>
        </message>
        <message>
            <source>Under the Fairmined Standard an artisanal miner brings out at most {limit} g of gold a day. Each producer's grams are divided by the miners and days of its lots; those above the limit are flagged.</source>
            <translation>Chini ya Kiwango cha Fairmined, mchimbaji mdogo huchimba si zaidi ya {limit} g za dhahabu kwa siku. Gramu za kila mzalishaji zimegawanywa kwa idadi ya wachimbaji na siku za loti zake; waliozidi kikomo wamewekewa alama.</translation>
        </message>
        <message>
            <source>Miner-days</source>
            <translation>Siku za wachimbaji</translation>
        </message>
        <message>
            <source>Grams per miner per day</source>
            <translation>Gramu kwa mchimbaji kwa siku</translation>
        </message>
        <message>
            <source>Lots above</source>
            <translation>Loti zilizozidi</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Alama</translation>
        </message>
        <message>
            <source>Above {limit} g</source>
            <translation>Zaidi ya {limit} g</translation>
        </message>
        <message>
            <source>Per miner-day</source>
            <translation>Kwa siku ya mchimbaji</translation>
        </message>
        <message>
            <source>Production and sales</source>
            <translation>Uzalishaji na mauzo</translation>
        </message>
        <message>
            <source>Gold</source>
            <translation>Dhahabu</translation>
        </message>
        <message>
            <source>Silver</source>
            <translation>Madini ya fedha</translation>
        </message>
        <message>
            <source>Platinum</source>
            <translation>Platinamu</translation>
        </message>
        <message>
            <source>Diamonds</source>
            <translation>Almasi</translation>
        </message>
        <message>
            <source>Coltan</source>
            <translation>Koltani</translation>
        </message>
        <message>
            <source>Tin (cassiterite)</source>
            <translation>Bati (kasiterite)</translation>
        </message>
        <message>
            <source>The weight must be more than zero grams.</source>
            <translation>Uzito lazima uwe zaidi ya gramu sifuri.</translation>
        </message>
        <message>
            <source>Weigh to the milligram at most (three decimals of a gram).</source>
            <translation>Pima kwa usahihi usiozidi miligramu (desimali tatu za gramu).</translation>
        </message>
        <message>
            <source>The fineness is in parts per thousand, from 1 to 1000 (pure gold is 999.9; 22 carats is 916).</source>
            <translation>Usafi ni sehemu kwa elfu, kuanzia 1 hadi 1000 (dhahabu safi ni 999.9; karati 22 ni 916).</translation>
        </message>
        <message>
            <source>Give the fineness with one decimal at most.</source>
            <translation>Weka usafi kwa desimali isiyozidi moja.</translation>
        </message>
        <message>
            <source>Unknown mineral '{mineral}'; choose one of: {known}.</source>
            <translation>Madini '{mineral}' hayajulikani; chagua moja kati ya: {known}.</translation>
        </message>
        <message>
            <source>Say who produced the lot: a member or a work group, not both.</source>
            <translation>Taja aliyezalisha loti: mwanachama au kikundi cha kazi, si vyote viwili.</translation>
        </message>
        <message>
            <source>Miners and days are whole numbers, at least 1.</source>
            <translation>Wachimbaji na siku ni namba kamili, angalau 1.</translation>
        </message>
        <message>
            <source>A lot of one member counts one miner; record a work group for several.</source>
            <translation>Loti ya mwanachama mmoja inahesabu mchimbaji mmoja; rekodi kikundi cha kazi kwa wachimbaji kadhaa.</translation>
        </message>
        <message>
            <source>Member {number} has left the cooperative.</source>
            <translation>Mwanachama {number} ameshaondoka chamani.</translation>
        </message>
        <message>
            <source>There is no site named {name}.</source>
            <translation>Hakuna eneo linaloitwa {name}.</translation>
        </message>
        <message>
            <source>There is no production lot {number}.</source>
            <translation>Hakuna loti ya uzalishaji {number}.</translation>
        </message>
        <message>
            <source>The price per gram must be more than zero.</source>
            <translation>Bei kwa gramu lazima iwe zaidi ya sifuri.</translation>
        </message>
        <message>
            <source>Pay from cash, bank or mobile_money, or owe it (payable).</source>
            <translation>Lipa kutoka cash (taslimu), bank (benki) au mobile_money (pesa kwa simu), au iwe deni (payable).</translation>
        </message>
        <message>
            <source>Lot {lot} is not member {number}'s.</source>
            <translation>Loti {lot} si ya mwanachama {number}.</translation>
        </message>
        <message>
            <source>Lot {lot} was already bought.</source>
            <translation>Loti {lot} tayari imenunuliwa.</translation>
        </message>
        <message>
            <source>Give the lot, or the weight and the fineness.</source>
            <translation>Taja loti, au uzito na usafi.</translation>
        </message>
        <message>
            <source>This purchase comes to nothing; check the weight and price.</source>
            <translation>Ununuzi huu unafikia sifuri; kagua uzito na bei.</translation>
        </message>
        <message>
            <source>Purchase {number}: {grams} g at {fineness} from member {member}</source>
            <translation>Ununuzi {number}: {grams} g, usafi {fineness}, kutoka kwa mwanachama {member}</translation>
        </message>
        <message>
            <source>Name the buyer.</source>
            <translation>Taja mnunuzi.</translation>
        </message>
        <message>
            <source>List the lots the sale came from.</source>
            <translation>Orodhesha loti ambazo mauzo yametoka.</translation>
        </message>
        <message>
            <source>The premium cannot be negative.</source>
            <translation>Malipo ya ziada ya Fairmined hayawezi kuwa hasi.</translation>
        </message>
        <message>
            <source>The buyer pays into cash, bank or mobile_money, or later (customers).</source>
            <translation>Mnunuzi analipa kwenye cash (taslimu), bank (benki) au mobile_money (pesa kwa simu), au baadaye (customers).</translation>
        </message>
        <message>
            <source>A lot is listed twice.</source>
            <translation>Loti moja imeorodheshwa mara mbili.</translation>
        </message>
        <message>
            <source>Line {n}: lot {lot} has {left} g left to sell, not {grams} g.</source>
            <translation>Mstari {n}: loti {lot} imebaki na {left} g za kuuza, si {grams} g.</translation>
        </message>
        <message>
            <source>A sale is of one mineral; these lots hold {minerals}.</source>
            <translation>Mauzo ni ya madini ya aina moja; loti hizi zina {minerals}.</translation>
        </message>
        <message>
            <source>Sale {number} to {buyer}: {grams} g</source>
            <translation>Mauzo {number} kwa {buyer}: {grams} g</translation>
        </message>
        <message>
            <source>Audit chain at export</source>
            <translation>Mnyororo wa ukaguzi wakati wa kuhamisha</translation>
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today: {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 more row in the export.</source>
            <translation>Mstari 1 zaidi katika faili lililohamishwa.</translation>
        </message>
        <message>
            <source>{count} more rows in the export.</source>
            <translation>Mistari {count} zaidi katika faili lililohamishwa.</translation>
        </message>
        <message>
            <source>Choose PDF, Excel (xlsx) or CSV, not '{fmt}'.</source>
            <translation>Chagua PDF, Excel (xlsx) au CSV, si '{fmt}'.</translation>
        </message>
        <message>
            <source>Cannot write {path}: it is open in another program or the folder is read-only.</source>
            <translation>Haiwezekani kuandika {path}: limefunguliwa katika programu nyingine au folda hairuhusu kuandika.</translation>
        </message>
        <message>
            <source>Page {page} / {pages}</source>
            <translation>Ukurasa {page} / {pages}</translation>
        </message>
        <message>
            <source>Audit chain #{seq} {head}…</source>
            <translation>Mnyororo wa ukaguzi #{seq} {head}…</translation>
        </message>
        <message>
            <source>Audit chain: not recorded</source>
            <translation>Mnyororo wa ukaguzi: haujarekodiwa</translation>
        </message>
        <message>
            <source>Generated {when}</source>
            <translation>Imetengenezwa {when}</translation>
        </message>
        <message>
            <source>{title} (continued)</source>
            <translation>{title} (inaendelea)</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Kilichopangwa</translation>
        </message>
        <message>
            <source>Today, {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing planned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report</source>
            <translation>Ripoti</translation>
        </message>
        <message>
            <source>Generated</source>
            <translation>Imetengenezwa</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>haijarekodiwa</translation>
        </message>
        <message>
            <source>Audit chain</source>
            <translation>Mnyororo wa ukaguzi</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Lebo</translation>
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Card</source>
            <translation>Kadi</translation>
        </message>
        <message>
            <source>QR code</source>
            <translation>Msimbo wa QR</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Maelezo</translation>
        </message>
        <message>
            <source>Production delivered (grams)</source>
            <translation>Uzalishaji uliowasilishwa (gramu)</translation>
        </message>
        <message>
            <source>Production delivered (value)</source>
            <translation>Uzalishaji uliowasilishwa (thamani)</translation>
        </message>
        <message>
            <source>Shares held (weighted by days)</source>
            <translation>Hisa alizonazo (zikipimwa kwa siku)</translation>
        </message>
        <message>
            <source>Days worked</source>
            <translation>Siku za kazi</translation>
        </message>
        <message>
            <source>Equal parts</source>
            <translation>Sehemu sawa</translation>
        </message>
        <message>
            <source>Statutory reserve</source>
            <translation>Akiba ya kisheria</translation>
        </message>
        <message>
            <source>Education fund</source>
            <translation>Mfuko wa elimu</translation>
        </message>
        <message>
            <source>Solidarity fund</source>
            <translation>Mfuko wa mshikamano</translation>
        </message>
        <message>
            <source>Community development fund</source>
            <translation>Mfuko wa maendeleo ya jamii</translation>
        </message>
        <message>
            <source>Other fund</source>
            <translation>Mfuko mwingine</translation>
        </message>
        <message>
            <source>The policy needs a name.</source>
            <translation>Sera inahitaji jina.</translation>
        </message>
        <message>
            <source>Step {n} ({step}): the percentage must be between 0 and 100.</source>
            <translation>Hatua {n} ({step}): asilimia lazima iwe kati ya 0 na 100.</translation>
        </message>
        <message>
            <source>Step {n} ({step}): the cap cannot be negative.</source>
            <translation>Hatua {n} ({step}): kikomo hakiwezi kuwa hasi.</translation>
        </message>
        <message>
            <source>The funds take {total} % of the amount; together they cannot take more than 100 %.</source>
            <translation>Mifuko inachukua {total} % ya kiasi; kwa pamoja haiwezi kuchukua zaidi ya 100 %.</translation>
        </message>
        <message>
            <source>Say how the members' part is shared: by production, shares, days worked or equally.</source>
            <translation>Taja jinsi sehemu ya wanachama inavyogawanywa: kwa uzalishaji, hisa, siku za kazi au kwa usawa.</translation>
        </message>
        <message>
            <source>The weight of {basis} cannot be negative.</source>
            <translation>Uzito wa {basis} hauwezi kuwa hasi.</translation>
        </message>
        <message>
            <source>{basis} is listed twice.</source>
            <translation>{basis} imeorodheshwa mara mbili.</translation>
        </message>
        <message>
            <source>At least one basis of the members' part needs a weight above zero.</source>
            <translation>Angalau msingi mmoja wa sehemu ya wanachama unahitaji uzito zaidi ya sifuri.</translation>
        </message>
        <message>
            <source>The minimum number of days cannot be negative.</source>
            <translation>Idadi ya chini ya siku haiwezi kuwa hasi.</translation>
        </message>
        <message>
            <source>The cap on interest on capital cannot be negative.</source>
            <translation>Kikomo cha riba ya mtaji hakiwezi kuwa hasi.</translation>
        </message>
        <message>
            <source>Payouts are rounded to at least one minor unit.</source>
            <translation>Malipo hukadiriwa kwa angalau senti moja.</translation>
        </message>
        <message>
            <source>The time before a payout counts as unclaimed must be at least one day.</source>
            <translation>Muda kabla malipo hayajahesabiwa kuwa yasiyodaiwa lazima uwe angalau siku moja.</translation>
        </message>
        <message>
            <source>The policy does not say how the members' part is shared.</source>
            <translation>Sera haielezi jinsi sehemu ya wanachama inavyogawanywa.</translation>
        </message>
        <message>
            <source>No eligible member has anything on the basis “{basis}” in this period; change the policy's mix or the period.</source>
            <translation>Hakuna mwanachama anayestahili mwenye chochote kwa msingi “{basis}” katika kipindi hiki; badilisha mchanganyiko wa misingi katika sera au kipindi.</translation>
        </message>
        <message>
            <source>The members' part is negative; there is nothing to share.</source>
            <translation>Sehemu ya wanachama ni hasi; hakuna cha kugawa.</translation>
        </message>
        <message>
            <source>Member {number} has a negative value ({value}) on the basis “{basis}”; correct the records before sharing.</source>
            <translation>Mwanachama {number} ana thamani hasi ({value}) kwa msingi “{basis}”; sahihisha kumbukumbu kabla ya kugawa.</translation>
        </message>
        <message>
            <source>No member is eligible for this distribution.</source>
            <translation>Hakuna mwanachama anayestahili mgao huu.</translation>
        </message>
        <message>
            <source>suspended</source>
            <translation>amesimamishwa</translation>
        </message>
        <message>
            <source>not yet admitted</source>
            <translation>bado hajakubaliwa kuwa mwanachama</translation>
        </message>
        <message>
            <source>not active in the period</source>
            <translation>hakuwa hai katika kipindi</translation>
        </message>
        <message>
            <source>active {days} days, fewer than the {min} the policy requires</source>
            <translation>alikuwa hai siku {days}, chini ya {min} zinazotakiwa na sera</translation>
        </message>
        <message>
            <source>{grams} g of fine metal</source>
            <translation>{grams} g za metali safi</translation>
        </message>
        <message>
            <source>{capital} of capital on average over the period</source>
            <translation>mtaji wa {capital} kwa wastani katika kipindi</translation>
        </message>
        <message>
            <source>{days} days</source>
            <translation>siku {days}</translation>
        </message>
        <message>
            <source>{parts} part(s)</source>
            <translation>sehemu {parts}</translation>
        </message>
        <message>
            <source>Member {member} is not on distribution {number}: they were not a member during its period ({start} to {end}).</source>
            <translation>Mwanachama {member} hayumo kwenye mgao {number}: hakuwa mwanachama katika kipindi chake ({start} hadi {end}).</translation>
        </message>
        <message>
            <source>Distribution</source>
            <translation>Mgao</translation>
        </message>
        <message>
            <source>Amount shared</source>
            <translation>Kiasi kinachogawanywa</translation>
        </message>
        <message>
            <source>{fund} {amount}</source>
            <translation>{fund} {amount}</translation>
        </message>
        <message>
            <source>Distribution {number}, “{title}”, shares {amount}.</source>
            <translation>Mgao {number}, “{title}”, unagawa {amount}.</translation>
        </message>
        <message>
            <source>First the funds the bylaws require: {funds}. What is left, {pool}, is the members' part.</source>
            <translation>Kwanza mifuko inayotakiwa na masharti ya chama: {funds}. Kinachobaki, {pool}, ni sehemu ya wanachama.</translation>
        </message>
        <message>
            <source>All of it, {pool}, is the members' part.</source>
            <translation>Kiasi chote, {pool}, ni sehemu ya wanachama.</translation>
        </message>
        <message>
            <source>Members' part</source>
            <translation>Sehemu ya wanachama</translation>
        </message>
        <message>
            <source>{who} takes no part in this distribution: {reason}.</source>
            <translation>{who} hashiriki katika mgao huu: {reason}.</translation>
        </message>
        <message>
            <source>Amount received</source>
            <translation>Kiasi kilichopokelewa</translation>
        </message>
        <message>
            <source>{basis}: {weight} % of the members' part, that is {part}. {who} had {value}, out of {total} for all eligible members together: {pct} %. That gives {portion}.</source>
            <translation>{basis}: {weight} % ya sehemu ya wanachama, yaani {part}. {who} alikuwa na {value}, kati ya {total} kwa wanachama wote wanaostahili kwa pamoja: {pct} %. Hiyo inatoa {portion}.</translation>
        </message>
        <message>
            <source>{value} of {total} ({pct} %)</source>
            <translation>{value} kati ya {total} ({pct} %)</translation>
        </message>
        <message>
            <source>Added up, the exact share of {who} is {exact}.</source>
            <translation>Kwa kujumlisha, sehemu halisi ya {who} ni {exact}.</translation>
        </message>
        <message>
            <source>Exact share</source>
            <translation>Sehemu halisi</translation>
        </message>
        <message>
            <source>Amounts are paid to the smallest unit of the currency. Every member first receives their exact share rounded down; the {left} unit(s) left over went one each to the members with the largest remainders, ties to the lower member number.</source>
            <translation>Kiasi hulipwa hadi kipimo kidogo kabisa cha sarafu. Kila mwanachama kwanza anapokea sehemu yake halisi ikikadiriwa kwenda chini; vipimo {left} vilivyobaki vimepewa kimoja kimoja wanachama wenye mabaki makubwa zaidi, na wakilingana, mwenye namba ndogo ya uanachama hutangulia.</translation>
        </message>
        <message>
            <source>Amounts are paid in whole multiples of {unit}. Every member first receives their exact share rounded down to a multiple of {unit}; the {left} multiple(s) left over went one each to the members with the largest remainders, ties to the lower member number.</source>
            <translation>Kiasi hulipwa kwa mafungu kamili ya {unit}. Kila mwanachama kwanza anapokea sehemu yake halisi ikikadiriwa kwenda chini hadi fungu kamili la {unit}; mafungu {left} yaliyobaki yamepewa moja moja wanachama wenye mabaki makubwa zaidi, na wakilingana, mwenye namba ndogo ya uanachama hutangulia.</translation>
        </message>
        <message>
            <source>{who} was one of them: rounded down, the share was {floor}; with the extra unit it is {amount}.</source>
            <translation>{who} alikuwa mmoja wao: ikikadiriwa kwenda chini, sehemu yake ilikuwa {floor}; pamoja na kipimo cha ziada ni {amount}.</translation>
        </message>
        <message>
            <source>{who} was not one of them: the share rounded down is {amount}.</source>
            <translation>{who} hakuwa mmoja wao: sehemu yake ikikadiriwa kwenda chini ni {amount}.</translation>
        </message>
        <message>
            <source>{residue}, less than one unit of rounding, stays in account {account}.</source>
            <translation>{residue}, chini ya kipimo kimoja cha ukadiriaji, kinabaki kwenye akaunti {account}.</translation>
        </message>
        <message>
            <source>Difference from the exact share</source>
            <translation>Tofauti na sehemu halisi</translation>
        </message>
        <message>
            <source>As {who} has died, the amount is paid to {payee}, the nominated successor.</source>
            <translation>Kwa kuwa {who} amefariki, kiasi kinalipwa kwa {payee}, mrithi aliyeteuliwa.</translation>
        </message>
        <message>
            <source>(no successor recorded)</source>
            <translation>(hakuna mrithi aliyerekodiwa)</translation>
        </message>
        <message>
            <source>Paid to</source>
            <translation>Mlipwaji</translation>
        </message>
        <message>
            <source>Paid on {date} by {via}.</source>
            <translation>Imelipwa tarehe {date} kwa {via}.</translation>
        </message>
        <message>
            <source>Paid on</source>
            <translation>Tarehe ya malipo</translation>
        </message>
        <message>
            <source>Not paid yet.</source>
            <translation>Bado haijalipwa.</translation>
        </message>
        <message>
            <source>Colombian cooperative law (20 % reserve, 20 % education, 10 % solidarity)</source>
            <translation>Sheria ya ushirika ya Kolombia (akiba 20 %, elimu 20 %, mshikamano 10 %)</translation>
        </message>
        <message>
            <source>OHADA-style (reserve to half the capital, education, solidarity, community)</source>
            <translation>Mtindo wa OHADA (akiba hadi nusu ya mtaji, elimu, mshikamano, jamii)</translation>
        </message>
        <message>
            <source>Fairmined premium (half community project, half by production)</source>
            <translation>Malipo ya ziada ya Fairmined (nusu mradi wa jamii, nusu kwa uzalishaji)</translation>
        </message>
        <message>
            <source>Name the entry as YEAR/NUMBER, e.g. 2026/14; not “{value}”.</source>
            <translation>Taja ingizo kama YEAR/NUMBER (mwaka/namba), mfano 2026/14; si “{value}”.</translation>
        </message>
        <message>
            <source>There is no premium use plan “{name}”.</source>
            <translation>Hakuna mpango wa matumizi ya malipo ya ziada “{name}”.</translation>
        </message>
        <message>
            <source>The plan “{plan}” has no use {code}; its uses are {codes}.</source>
            <translation>Mpango “{plan}” hauna matumizi {code}; matumizi yake ni {codes}.</translation>
        </message>
        <message>
            <source>Give the reference of the assembly's resolution that approved the plan.</source>
            <translation>Weka kumbukumbu ya azimio la mkutano mkuu lililoidhinisha mpango.</translation>
        </message>
        <message>
            <source>The resolution's reference is longer than {n} characters.</source>
            <translation>Kumbukumbu ya azimio ni ndefu kuliko herufi {n}.</translation>
        </message>
        <message>
            <source>The approval date {date} is in the future.</source>
            <translation>Tarehe ya idhini {date} bado haijafika.</translation>
        </message>
        <message>
            <source>A plan needs at least one planned use: a code, a title and a budget.</source>
            <translation>Mpango unahitaji angalau matumizi moja yaliyopangwa: msimbo, jina na bajeti.</translation>
        </message>
        <message>
            <source>give it a code</source>
            <translation>weka msimbo</translation>
        </message>
        <message>
            <source>the code {code} must be one word of at most {n} characters</source>
            <translation>msimbo {code} lazima uwe neno moja lisilozidi herufi {n}</translation>
        </message>
        <message>
            <source>the code {code} is already used by use {row}</source>
            <translation>msimbo {code} tayari unatumika kwa matumizi {row}</translation>
        </message>
        <message>
            <source>give it a title</source>
            <translation>weka jina</translation>
        </message>
        <message>
            <source>the title is longer than {n} characters</source>
            <translation>jina ni refu kuliko herufi {n}</translation>
        </message>
        <message>
            <source>the budget must be more than zero</source>
            <translation>bajeti lazima iwe zaidi ya sifuri</translation>
        </message>
        <message>
            <source>Use {row} ({code}): {problems}.</source>
            <translation>Matumizi {row} ({code}): {problems}.</translation>
        </message>
        <message>
            <source>Give the plan a name, e.g. “Premium 2026”.</source>
            <translation>Upe mpango jina, mfano “Malipo ya ziada 2026”.</translation>
        </message>
        <message>
            <source>The name is longer than {n} characters.</source>
            <translation>Jina ni refu kuliko herufi {n}.</translation>
        </message>
        <message>
            <source>The plan ends ({end}) before it starts ({start}).</source>
            <translation>Mpango unaisha ({end}) kabla haujaanza ({start}).</translation>
        </message>
        <message>
            <source>Give the date on which the assembly approved the plan.</source>
            <translation>Weka tarehe ambayo mkutano mkuu uliidhinisha mpango.</translation>
        </message>
        <message>
            <source>There is already a premium use plan “{name}”.</source>
            <translation>Tayari kuna mpango wa matumizi ya malipo ya ziada “{name}”.</translation>
        </message>
        <message>
            <source>The plan “{name}” was already approved on {date} (resolution {ref}).</source>
            <translation>Mpango “{name}” tayari uliidhinishwa tarehe {date} (azimio {ref}).</translation>
        </message>
        <message>
            <source>The plan “{name}” is not approved yet: record the assembly's approval before tagging spending against it.</source>
            <translation>Mpango “{name}” bado haujaidhinishwa: rekodi idhini ya mkutano mkuu kabla ya kuhusisha gharama nao.</translation>
        </message>
        <message>
            <source>Entry {entry} is a reversal of entry {other}; it is not spending.</source>
            <translation>Ingizo {entry} ni ubatilisho wa ingizo {other}; si gharama.</translation>
        </message>
        <message>
            <source>Entry {entry} was reversed by entry {other}; it is no longer spending.</source>
            <translation>Ingizo {entry} limebatilishwa na ingizo {other}; si gharama tena.</translation>
        </message>
        <message>
            <source>Entry {entry} is dated {date}, outside the plan's period ({start} to {end}).</source>
            <translation>Ingizo {entry} lina tarehe {date}, nje ya kipindi cha mpango ({start} hadi {end}).</translation>
        </message>
        <message>
            <source>Entry {entry} is already tagged to {code}.</source>
            <translation>Ingizo {entry} tayari limehusishwa na {code}.</translation>
        </message>
        <message>
            <source>Entry {entry} is already wholly tagged ({tagged} of {total}).</source>
            <translation>Ingizo {entry} tayari limehusishwa lote ({tagged} kati ya {total}).</translation>
        </message>
        <message>
            <source>The amount {amount} is more than the whole of entry {entry} ({total}).</source>
            <translation>Kiasi {amount} ni zaidi ya ingizo {entry} lote ({total}).</translation>
        </message>
        <message>
            <source>Entry {entry} amounts to {total}, of which {tagged} is already tagged to other uses; at most {left} is left.</source>
            <translation>Ingizo {entry} lina jumla ya {total}, ambapo {tagged} tayari kimehusishwa na matumizi mengine; kinachoweza kuhusishwa ni hadi {left}.</translation>
        </message>
        <message>
            <source>Entry {entry} is not tagged to {code}.</source>
            <translation>Ingizo {entry} halijahusishwa na {code}.</translation>
        </message>
        <message>
            <source>Premium use plan: execution report</source>
            <translation>Mpango wa matumizi ya malipo ya ziada: ripoti ya utekelezaji</translation>
        </message>
        <message>
            <source>{date}, resolution {ref}</source>
            <translation>{date}, azimio {ref}</translation>
        </message>
        <message>
            <source>Approved by the assembly</source>
            <translation>Umeidhinishwa na mkutano mkuu</translation>
        </message>
        <message>
            <source>Premium received in the period</source>
            <translation>Malipo ya ziada yaliyopokelewa katika kipindi</translation>
        </message>
        <message>
            <source>{amount} ({percent} % of the plan)</source>
            <translation>{amount} ({percent} % ya mpango)</translation>
        </message>
        <message>
            <source>Left to spend</source>
            <translation>Kilichobaki kutumika</translation>
        </message>
        <message>
            <source>Premium received not yet spent</source>
            <translation>Malipo ya ziada yaliyopokelewa ambayo bado hayajatumika</translation>
        </message>
        <message>
            <source>The premium received in the period ({received}) is less than the plan's budget ({planned}).</source>
            <translation>Malipo ya ziada yaliyopokelewa katika kipindi ({received}) ni chini ya bajeti ya mpango ({planned}).</translation>
        </message>
        <message>
            <source>Spending is above the budget for: {codes}.</source>
            <translation>Gharama zimezidi bajeti kwa: {codes}.</translation>
        </message>
        <message>
            <source>Execution by use</source>
            <translation>Utekelezaji kwa kila matumizi</translation>
        </message>
        <message>
            <source>Execution</source>
            <translation>Utekelezaji</translation>
        </message>
        <message>
            <source>{code} budget</source>
            <translation>Bajeti ya {code}</translation>
        </message>
        <message>
            <source>{code} spent</source>
            <translation>Kilichotumika {code}</translation>
        </message>
        <message>
            <source>Budget and spending by use</source>
            <translation>Bajeti na gharama kwa kila matumizi</translation>
        </message>
        <message>
            <source>Premium received, planned and spent</source>
            <translation>Malipo ya ziada: yaliyopokelewa, yaliyopangwa na yaliyotumika</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Kilichopokelewa</translation>
        </message>
        <message>
            <source>Spending tagged to each use</source>
            <translation>Gharama zilizohusishwa na kila matumizi</translation>
        </message>
        <message>
            <source>No spending tagged yet.</source>
            <translation>Bado hakuna gharama zilizohusishwa.</translation>
        </message>
        <message>
            <source>Step {n} ({step}): type the percentage as a number, like 20 or 12.5.</source>
            <translation>Hatua {n} ({step}): andika asilimia kama namba, kama 20 au 12.5.</translation>
        </message>
        <message>
            <source>Step {n} ({step}): type the cap as a percentage of the paid-up capital, like 50, or leave it blank.</source>
            <translation>Hatua {n} ({step}): andika kikomo kama asilimia ya mtaji uliolipwa, kama 50, au kiache wazi.</translation>
        </message>
        <message>
            <source>The weight of {basis} is not a number.</source>
            <translation>Uzito wa {basis} si namba.</translation>
        </message>
        <message>
            <source>Type the minimum number of days as a whole number.</source>
            <translation>Andika idadi ya chini ya siku kama namba kamili.</translation>
        </message>
        <message>
            <source>Type the days before a payout counts as unclaimed as a whole number.</source>
            <translation>Andika idadi ya siku kabla malipo hayajahesabiwa kuwa yasiyodaiwa kama namba kamili.</translation>
        </message>
        <message>
            <source>Type the cap on interest on capital as a yearly percentage, like 5, or leave it blank.</source>
            <translation>Andika kikomo cha riba ya mtaji kama asilimia ya mwaka, kama 5, au kiache wazi.</translation>
        </message>
        <message>
            <source>The rounding unit: {reason}</source>
            <translation>Kipimo cha ukadiriaji: {reason}</translation>
        </message>
        <message>
            <source>Left by rounding</source>
            <translation>Kilichobaki kwa ukadiriaji</translation>
        </message>
        <message>
            <source>Fairmined premium {year}</source>
            <translation>Malipo ya ziada ya Fairmined {year}</translation>
        </message>
        <message>
            <source>Distribution decided by the assembly {year}</source>
            <translation>Mgao ulioamuliwa na mkutano mkuu {year}</translation>
        </message>
        <message>
            <source>Surplus {year}</source>
            <translation>Ziada ya {year}</translation>
        </message>
        <message>
            <source>Give the distribution a title.</source>
            <translation>Upe mgao jina.</translation>
        </message>
        <message>
            <source>Say which closed year's surplus is shared.</source>
            <translation>Taja ni ziada ya mwaka upi uliofungwa inayogawanywa.</translation>
        </message>
        <message>
            <source>No closed year has a surplus left to share. Close the year in the books first, or share a premium or an amount the assembly decided.</source>
            <translation>Hakuna mwaka uliofungwa wenye ziada iliyobaki ya kugawa. Funga mwaka kwenye hesabu kwanza, au gawa malipo ya ziada au kiasi kilichoamuliwa na mkutano mkuu.</translation>
        </message>
        <message>
            <source>The surplus of {year} cannot be shared: the year is not closed, closed without a surplus, or its surplus is already shared.</source>
            <translation>Ziada ya {year} haiwezi kugawanywa: mwaka haujafungwa, ulifungwa bila ziada, au ziada yake tayari imegawanywa.</translation>
        </message>
        <message>
            <source>Say the amount to share; it must be more than zero.</source>
            <translation>Taja kiasi cha kugawa; lazima kiwe zaidi ya sifuri.</translation>
        </message>
        <message>
            <source>Say the period over which production, shares and days are counted.</source>
            <translation>Taja kipindi ambacho uzalishaji, hisa na siku zinahesabiwa.</translation>
        </message>
        <message>
            <source>The period ends ({end}) before it starts ({start}).</source>
            <translation>Kipindi kinaisha ({end}) kabla hakijaanza ({start}).</translation>
        </message>
        <message>
            <source>Choose one of the preset policies.</source>
            <translation>Chagua moja ya violezo vya sera.</translation>
        </message>
        <message>
            <source>A policy named “{name}” is stored already: choose it in the list, or give the preset another name.</source>
            <translation>Sera inayoitwa “{name}” tayari imehifadhiwa: ichague kwenye orodha, au kipe kiolezo jina jingine.</translation>
        </message>
        <message>
            <source>Choose the policy the distribution follows, install a preset or write one.</source>
            <translation>Chagua sera ambayo mgao unafuata, weka kiolezo au andika sera mpya.</translation>
        </message>
        <message>
            <source>Compute the preview first.</source>
            <translation>Kokotoa onyesho la awali kwanza.</translation>
        </message>
        <message>
            <source>Give the date the assembly approved the distribution.</source>
            <translation>Weka tarehe ambayo mkutano mkuu uliidhinisha mgao.</translation>
        </message>
        <message>
            <source>The assembly cannot approve sharing the surplus of {year} before the year ends ({end}).</source>
            <translation>Mkutano mkuu hauwezi kuidhinisha kugawa ziada ya {year} kabla mwaka haujaisha ({end}).</translation>
        </message>
        <message>
            <source>Give the reference of the assembly's resolution that approved the distribution.</source>
            <translation>Weka kumbukumbu ya azimio la mkutano mkuu lililoidhinisha mgao.</translation>
        </message>
        <message>
            <source>Give the date of the posting.</source>
            <translation>Weka tarehe ya kuingiza kwenye leja.</translation>
        </message>
        <message>
            <source>The posting date {date} is before the approval ({approved}).</source>
            <translation>Tarehe ya kuingiza kwenye leja {date} iko kabla ya idhini ({approved}).</translation>
        </message>
        <message>
            <source>Distribution {number} is approved but not posted; correct the posting and finish again, or post it later from the Benefit sharing page.</source>
            <translation>Mgao {number} umeidhinishwa lakini haujaingizwa kwenye leja; sahihisha taarifa za kuingiza kwenye leja kisha ubonyeze Maliza tena, au uuingize kwenye leja baadaye kutoka ukurasa wa Mgawanyo wa manufaa.</translation>
        </message>
        <message>
            <source>Fine metal (g)</source>
            <translation>Metali safi (g)</translation>
        </message>
        <message>
            <source>Production delivered</source>
            <translation>Uzalishaji uliowasilishwa</translation>
        </message>
        <message>
            <source>Average capital</source>
            <translation>Wastani wa mtaji</translation>
        </message>
        <message>
            <source>Parts</source>
            <translation>Sehemu</translation>
        </message>
        <message>
            <source>grams of fine metal</source>
            <translation>gramu za metali safi</translation>
        </message>
        <message>
            <source>{currency} paid for production</source>
            <translation>{currency} zilizolipwa kwa uzalishaji</translation>
        </message>
        <message>
            <source>{currency} of paid-up capital, on average over the period</source>
            <translation>{currency} za mtaji uliolipwa, kwa wastani katika kipindi</translation>
        </message>
        <message>
            <source>days worked</source>
            <translation>siku za kazi</translation>
        </message>
        <message>
            <source>members, one part each</source>
            <translation>wanachama, sehemu moja kila mmoja</translation>
        </message>
        <message>
            <source>Pay by cash, bank or mobile_money, not “{via}”.</source>
            <translation>Lipa kwa cash (taslimu), bank (benki) au mobile_money (pesa kwa simu), si “{via}”.</translation>
        </message>
        <message>
            <source>{source} {year}</source>
            <translation>{source} {year}</translation>
        </message>
        <message>
            <source>{basis} {weight} %</source>
            <translation>{basis} {weight} %</translation>
        </message>
        <message>
            <source>at least {days} active days in the period</source>
            <translation>angalau siku {days} za shughuli katika kipindi</translation>
        </message>
        <message>
            <source>suspended members take no part</source>
            <translation>wanachama waliosimamishwa hawashiriki</translation>
        </message>
        <message>
            <source>interest on capital capped at {rate} % a year</source>
            <translation>riba ya mtaji isiyozidi {rate} % kwa mwaka</translation>
        </message>
        <message>
            <source>payouts in multiples of {unit}</source>
            <translation>malipo kwa mafungu ya {unit}</translation>
        </message>
        <message>
            <source>{date}, resolution {resolution}</source>
            <translation>{date}, azimio {resolution}</translation>
        </message>
        <message>
            <source>Entry {entry} of {date}</source>
            <translation>Ingizo {entry} la tarehe {date}</translation>
        </message>
        <message>
            <source>Not posted yet</source>
            <translation>Bado haujaingizwa kwenye leja</translation>
        </message>
        <message>
            <source>{source}, account {account}</source>
            <translation>{source}, akaunti {account}</translation>
        </message>
        <message>
            <source>Policy</source>
            <translation>Sera</translation>
        </message>
        <message>
            <source>{name}: the members' part by {mix}</source>
            <translation>{name}: sehemu ya wanachama kwa {mix}</translation>
        </message>
        <message>
            <source>Eligibility</source>
            <translation>Ustahiki</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Umeidhinishwa</translation>
        </message>
        <message>
            <source>Posted</source>
            <translation>Limeingizwa kwenye leja</translation>
        </message>
        <message>
            <source>{eligible} eligible, {excluded} excluded, {receiving} receive something, {unpaid} not paid yet</source>
            <translation>{eligible} wanastahili, {excluded} hawashiriki, {receiving} wanapokea kitu, {unpaid} bado hawajalipwa</translation>
        </message>
        <message>
            <source>Distribution {number}: {title}</source>
            <translation>Mgao {number}: {title}</translation>
        </message>
        <message>
            <source>{status} — {period}</source>
            <translation>{status} — {period}</translation>
        </message>
        <message>
            <source>capped: the fund has reached its ceiling</source>
            <translation>kikomo: mfuko umefikia kiwango chake cha juu</translation>
        </message>
        <message>
            <source>Members' part, shared among the members</source>
            <translation>Sehemu ya wanachama, inayogawanywa kati ya wanachama</translation>
        </message>
        <message>
            <source>{count} member(s) receive something</source>
            <translation>wanachama {count} wanapokea kitu</translation>
        </message>
        <message>
            <source>less than one unit of rounding: stays in the source account</source>
            <translation>chini ya kipimo kimoja cha ukadiriaji: kinabaki kwenye akaunti ya chanzo</translation>
        </message>
        <message>
            <source>Funds and members' part</source>
            <translation>Mifuko na sehemu ya wanachama</translation>
        </message>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>The members' part by basis</source>
            <translation>Sehemu ya wanachama kwa msingi</translation>
        </message>
        <message>
            <source>The members' part, {pool}, is divided among the bases of the policy by their weights; each basis's part is shared in proportion to what each eligible member has on it. Rounded to the unit, the members receive {shared} together; {residue} is left by rounding.</source>
            <translation>Sehemu ya wanachama, {pool}, inagawanywa kati ya misingi ya sera kulingana na uzito wake; sehemu ya kila msingi inagawanywa kwa uwiano wa kile ambacho kila mwanachama anayestahili anacho kwenye msingi huo. Baada ya kukadiria hadi kipimo, wanachama wanapokea {shared} kwa pamoja; {residue} kinabaki kutokana na ukadiriaji.</translation>
        </message>
        <message>
            <source>Weight %</source>
            <translation>Uzito %</translation>
        </message>
        <message>
            <source>Part of the pool</source>
            <translation>Sehemu ya fungu</translation>
        </message>
        <message>
            <source>All eligible members together</source>
            <translation>Wanachama wote wanaostahili kwa pamoja</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Kipimo</translation>
        </message>
        <message>
            <source>Where the money goes</source>
            <translation>Fedha zinakokwenda</translation>
        </message>
        <message>
            <source>Active days</source>
            <translation>Siku za shughuli</translation>
        </message>
        <message>
            <source>{title} ({currency})</source>
            <translation>{title} ({currency})</translation>
        </message>
        <message>
            <source>Excluded because</source>
            <translation>Hashiriki kwa sababu</translation>
        </message>
        <message>
            <source>Members of distribution {number}</source>
            <translation>Wanachama wa mgao {number}</translation>
        </message>
        <message>
            <source>Payout sheet, distribution {number}</source>
            <translation>Orodha ya malipo, mgao {number}</translation>
        </message>
        <message>
            <source>Payout sheet by {method}, distribution {number}</source>
            <translation>Orodha ya malipo kwa {method}, mgao {number}</translation>
        </message>
        <message>
            <source>Listed</source>
            <translation>Walioorodheshwa</translation>
        </message>
        <message>
            <source>members not paid yet</source>
            <translation>wanachama ambao bado hawajalipwa</translation>
        </message>
        <message>
            <source>every member who receives something</source>
            <translation>kila mwanachama anayepokea kitu</translation>
        </message>
        <message>
            <source>Day of payment</source>
            <translation>Siku ya malipo</translation>
        </message>
        <message>
            <source>This distribution is not posted yet: nobody may be paid from this sheet until the assembly has approved it and it is posted.</source>
            <translation>Mgao huu bado haujaingizwa kwenye leja: hakuna anayeweza kulipwa kwa orodha hii hadi mkutano mkuu uuidhinishe na uingizwe kwenye leja.</translation>
        </message>
        <message>
            <source>Nobody is left to pay in this distribution.</source>
            <translation>Hakuna aliyebaki kulipwa katika mgao huu.</translation>
        </message>
        <message>
            <source>Nobody receives anything from this distribution.</source>
            <translation>Hakuna anayepokea chochote kutoka mgao huu.</translation>
        </message>
        <message>
            <source>Pay each member the amount on their line and have them sign or press their thumb beside it. A deceased member's share is paid to the successor named on the line. Record the payout in coopdesk the same day.</source>
            <translation>Mlipe kila mwanachama kiasi kilicho kwenye mstari wake na umwombe asaini au aweke alama ya kidole gumba kando yake. Sehemu ya mwanachama aliyefariki inalipwa kwa mrithi aliyetajwa kwenye mstari. Rekodi malipo katika coopdesk siku hiyo hiyo.</translation>
        </message>
        <message>
            <source>Paid to (successor)</source>
            <translation>Mlipwaji (mrithi)</translation>
        </message>
        <message>
            <source>Account or phone</source>
            <translation>Akaunti au simu</translation>
        </message>
        <message>
            <source>Signature or thumbprint</source>
            <translation>Sahihi au alama ya kidole</translation>
        </message>
        <message>
            <source>{method}: {count} member(s)</source>
            <translation>{method}: wanachama {count}</translation>
        </message>
        <message>
            <source>Payout sheet</source>
            <translation>Orodha ya malipo</translation>
        </message>
        <message>
            <source>Total to pay</source>
            <translation>Jumla ya kulipa</translation>
        </message>
        <message>
            <source>Witness</source>
            <translation>Shahidi</translation>
        </message>
        <message>
            <source>Why this amount</source>
            <translation>Kwa nini kiasi hiki</translation>
        </message>
        <message>
            <source>Distribution {number}: {title} — member {member}, {name}</source>
            <translation>Mgao {number}: {title} — mwanachama {member}, {name}</translation>
        </message>
        <message>
            <source>In figures</source>
            <translation>Kwa takwimu</translation>
        </message>
        <message>
            <source>Unclaimed payouts, distribution {number}</source>
            <translation>Malipo yasiyodaiwa, mgao {number}</translation>
        </message>
        <message>
            <source>Unclaimed after</source>
            <translation>Yasiyodaiwa baada ya</translation>
        </message>
        <message>
            <source>As of</source>
            <translation>Hadi tarehe</translation>
        </message>
        <message>
            <source>The distribution is not posted yet, so no payout can be unclaimed.</source>
            <translation>Mgao bado haujaingizwa kwenye leja, kwa hiyo hakuna malipo yanayoweza kuwa yasiyodaiwa.</translation>
        </message>
        <message>
            <source>Payouts count as unclaimed from {date}, {days} days after the posting; nothing is unclaimed yet.</source>
            <translation>Malipo huhesabiwa kuwa yasiyodaiwa kuanzia {date}, siku {days} baada ya kuingizwa kwenye leja; bado hakuna malipo yasiyodaiwa.</translation>
        </message>
        <message>
            <source>Every member has been paid: nothing is unclaimed.</source>
            <translation>Kila mwanachama amelipwa: hakuna malipo yasiyodaiwa.</translation>
        </message>
        <message>
            <source>{count} member(s) have not collected {amount} since {date}.</source>
            <translation>Wanachama {count} hawajachukua {amount} tangu {date}.</translation>
        </message>
        <message>
            <source>Surplus of a closed year</source>
            <translation>Ziada ya mwaka uliofungwa</translation>
        </message>
        <message>
            <source>Amount decided by the assembly</source>
            <translation>Kiasi kilichoamuliwa na mkutano mkuu</translation>
        </message>
        <message>
            <source>Reversed</source>
            <translation>Limebatilishwa</translation>
        </message>
        <message>
            <source>Bank transfer</source>
            <translation>Uhamisho wa benki</translation>
        </message>
        <message>
            <source>Step “{step}”: there is no postable account {code}.</source>
            <translation>Hatua “{step}”: hakuna akaunti {code} inayopokea maingizo.</translation>
        </message>
        <message>
            <source>There is no preset policy “{name}”; choose one of {names}.</source>
            <translation>Hakuna kiolezo cha sera “{name}”; chagua kimoja kati ya {names}.</translation>
        </message>
        <message>
            <source>There is no distribution number {number}.</source>
            <translation>Hakuna mgao namba {number}.</translation>
        </message>
        <message>
            <source>{what}: there is no postable account {code}.</source>
            <translation>{what}: hakuna akaunti {code} inayopokea maingizo.</translation>
        </message>
        <message>
            <source>{what}: {reason} (coopdesk books roles {role} CODE)</source>
            <translation>{what}: {reason} (coopdesk books roles {role} CODE)</translation>
        </message>
        <message>
            <source>The year {year} is not closed yet; its surplus is known only once it is closed.</source>
            <translation>Mwaka {year} bado haujafungwa; ziada yake inajulikana tu baada ya kufungwa.</translation>
        </message>
        <message>
            <source>The year {year} closed without a surplus; there is nothing to share.</source>
            <translation>Mwaka {year} ulifungwa bila ziada; hakuna cha kugawa.</translation>
        </message>
        <message>
            <source>The surplus of {year} is already shared by distribution {number}.</source>
            <translation>Ziada ya {year} tayari imegawanywa kwa mgao {number}.</translation>
        </message>
        <message>
            <source>The source account</source>
            <translation>Akaunti ya chanzo</translation>
        </message>
        <message>
            <source>The members' payable account</source>
            <translation>Akaunti ya madeni kwa wanachama</translation>
        </message>
        <message>
            <source>Only a draft can be computed again.</source>
            <translation>Ni rasimu tu inayoweza kukokotolewa upya.</translation>
        </message>
        <message>
            <source>Only a draft can be deleted; a posted distribution is undone by reversing its entry in the books.</source>
            <translation>Ni rasimu tu inayoweza kufutwa; mgao ulioingizwa kwenye leja hutenguliwa kwa kubatilisha ingizo lake kwenye hesabu.</translation>
        </message>
        <message>
            <source>Distribution {number} is {status}. {message}</source>
            <translation>Hali ya mgao {number} ni {status}. {message}</translation>
        </message>
        <message>
            <source>It can be approved only once, as a draft.</source>
            <translation>Unaweza kuidhinishwa mara moja tu, ukiwa bado rasimu.</translation>
        </message>
        <message>
            <source>Only an approved distribution can be posted.</source>
            <translation>Ni mgao ulioidhinishwa tu unaoweza kuingizwa kwenye leja.</translation>
        </message>
        <message>
            <source>The payout date {date} is in the future.</source>
            <translation>Tarehe ya malipo {date} bado haijafika.</translation>
        </message>
        <message>
            <source>Post the distribution before paying it out.</source>
            <translation>Ingiza mgao kwenye leja kabla ya kuulipa.</translation>
        </message>
        <message>
            <source>The payout date {date} is before the distribution was posted ({posted}).</source>
            <translation>Tarehe ya malipo {date} iko kabla mgao haujaingizwa kwenye leja ({posted}).</translation>
        </message>
        <message>
            <source>Member {number} receives nothing from distribution {run}.</source>
            <translation>Mwanachama {number} hapokei chochote kutoka mgao {run}.</translation>
        </message>
        <message>
            <source>Member {number} has already been paid.</source>
            <translation>Mwanachama {number} tayari amelipwa.</translation>
        </message>
        <message>
            <source>Nobody is left to pay by {via} in distribution {number}.</source>
            <translation>Hakuna aliyebaki kulipwa kwa {via} katika mgao {number}.</translation>
        </message>
        <message>
            <source>Deceased member(s) {numbers} have no nominated successor; record the successor in the register before paying their share.</source>
            <translation>Wanachama marehemu {numbers} hawana mrithi aliyeteuliwa; rekodi mrithi kwenye daftari kabla ya kulipa sehemu yao.</translation>
        </message>
        <message>
            <source>Payout of distribution {number} ({count} member(s))</source>
            <translation>Malipo ya mgao {number} (wanachama {count})</translation>
        </message>
        <message>
            <source>Distribution {number} has no payout {payout}.</source>
            <translation>Mgao {number} hauna malipo {payout}.</translation>
        </message>
        <message>
            <source>Payout {payout} is already reversed.</source>
            <translation>Malipo {payout} yameshabatilishwa.</translation>
        </message>
        <message>
            <source>Only a posted distribution can be reversed; a draft or an approved one is deleted or left as it is.</source>
            <translation>Ni mgao ulioingizwa kwenye leja tu unaoweza kubatilishwa; rasimu hufutwa, na mgao ulioidhinishwa huachwa kama ulivyo.</translation>
        </message>
        <message>
            <source>Distribution {number} has {count} payout(s); members were paid. Reverse the payouts first.</source>
            <translation>Mgao {number} una malipo {count}; wanachama wamelipwa. Batilisha malipo kwanza.</translation>
        </message>
        <message>
            <source>This entry is a payout of distribution {number}; reverse it from the Benefit sharing page ('coopdesk share reverse {number} --payout ID'), so its members show as unpaid again.</source>
            <translation>Ingizo hili ni malipo ya mgao {number}; libatilishe kutoka ukurasa wa Mgawanyo wa manufaa ('coopdesk share reverse {number} --payout ID'), ili wanachama wake waonekane hawajalipwa tena.</translation>
        </message>
        <message>
            <source>This entry posts distribution {number}; reverse it from the Benefit sharing page ('coopdesk share reverse {number}'), so the distribution follows.</source>
            <translation>Ingizo hili linaingiza mgao {number}; libatilishe kutoka ukurasa wa Mgawanyo wa manufaa ('coopdesk share reverse {number}'), ili mgao ufuate.</translation>
        </message>
        <message>
            <source>Assembly mode - {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{subtitle} - {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No motion has been voted yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last vote: {motion}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolution {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolutions so far: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>member number or name, then Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the check-in is closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>only a teller checks members in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>QUORUM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The meeting is not in session.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>present or represented, of {required} needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{present} in the room, {represented} by proxy; {eligible} entitled; {call}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number} - {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(in the room)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wait for a teller to let you vote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blank ballot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next: check my ballot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change my ballot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cast my ballot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thank you. Your vote is cast.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>member number (leave empty if already checked off)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>password of {user}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Let the voter vote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take the booth back (no ballot cast)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the booth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The poll is closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choice {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You chose a blank ballot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No candidate is marked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cast it blank, or go back and choose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cast a blank ballot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check your ballot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Is this right? Cast it, or go back and change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voters checked off and waiting to vote: {n}. Enter a member number to check the next voter off the roll here, and your password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A voter is in the booth. Enter your password to take the booth back without a ballot; the voter stays checked off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{user} may not run the poll.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the voter's member number (digits only).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Helmets and boots for every digger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(nobody yet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How success is measured, e.g. diggers equipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A standard's requirement, e.g. craft:2.1 (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Responsible member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Budget ({currency})</source>
            <translation>Bajeti ({currency})</translation>
        </message>
        <message>
            <source>Save the activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number}. {title} ({starts} to {ends}); now {status}, {progress} %.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was done, what holds it up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record the report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tag journal lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick the expense lines spent on {number}. {title}. Only lines of posted entries not tagged to another activity are listed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search the description or the account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only from {starts} to {ends}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tag the ticked lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} line(s) ticked, {amount} {currency}; {shown} line(s) listed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No expense line left to tag here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approve the budget</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {year} budget, version {version}, is approved by a motion the general assembly passed. Once approved it is frozen; a change is a new version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{day} - resolution {resolution}: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approve</source>
            <translation>Idhinisha</translation>
        </message>
        <message>
            <source>No general assembly has passed a motion yet. Record the assembly's vote on the budget in Meetings first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the motion.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New bank account</source>
            <translation>Akaunti mpya ya benki</translation>
        </message>
        <message>
            <source>short, e.g. AGRARIO or MPESA</source>
            <translation>fupi, mfano AGRARIO au MPESA</translation>
        </message>
        <message>
            <source>the bank and what the account is for</source>
            <translation>benki na matumizi ya akaunti</translation>
        </message>
        <message>
            <source>(bank account {code})</source>
            <translation>(akaunti ya benki {code})</translation>
        </message>
        <message>
            <source>e.g. Banco Agrario, M-Pesa</source>
            <translation>mfano Banco Agrario, M-Pesa</translation>
        </message>
        <message>
            <source>None (recognise the columns)</source>
            <translation>Hakuna (tambua safu kiotomatiki)</translation>
        </message>
        <message>
            <source>Book lines dated before the day the statements start are taken as agreed with the bank (they are not asked for on statements).</source>
            <translation>Mistari ya hesabu yenye tarehe ya kabla ya siku ambayo taarifa za benki zinaanza inahesabiwa kuwa imelingana na benki (haitafutwi kwenye taarifa za benki).</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Taasisi</translation>
        </message>
        <message>
            <source>Default mapping (CSV/Excel)</source>
            <translation>Ulinganisho wa safu wa kawaida (CSV/Excel)</translation>
        </message>
        <message>
            <source>Statements start on</source>
            <translation>Taarifa za benki zinaanza tarehe</translation>
        </message>
        <message>
            <source>Add account</source>
            <translation>Ongeza akaunti</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>Namba ya simu</translation>
        </message>
        <message>
            <source>Account number</source>
            <translation>Namba ya akaunti</translation>
        </message>
        <message>
            <source>the wallet's phone number</source>
            <translation>namba ya simu ya akaunti ya pesa kwa simu</translation>
        </message>
        <message>
            <source>as on the statements</source>
            <translation>kama ilivyo kwenye taarifa za benki</translation>
        </message>
        <message>
            <source>A member is given by their number, e.g. 17.</source>
            <translation>Mwanachama anatajwa kwa namba yake, mfano 17.</translation>
        </message>
        <message>
            <source>Change the rule</source>
            <translation>Badilisha kanuni</translation>
        </message>
        <message>
            <source>New rule</source>
            <translation>Kanuni mpya</translation>
        </message>
        <message>
            <source>e.g. Bank charges</source>
            <translation>mfano: Ada za benki</translation>
        </message>
        <message>
            <source>words the statement line contains</source>
            <translation>maneno yaliyomo kwenye mstari wa taarifa ya benki</translation>
        </message>
        <message>
            <source>or a pattern, e.g. ^COMISION</source>
            <translation>au ruwaza, mfano ^COMISION</translation>
        </message>
        <message>
            <source>no lower limit</source>
            <translation>hakuna kikomo cha chini</translation>
        </message>
        <message>
            <source>no upper limit</source>
            <translation>hakuna kikomo cha juu</translation>
        </message>
        <message>
            <source>Any bank account</source>
            <translation>Akaunti yoyote ya benki</translation>
        </message>
        <message>
            <source>member number, if the lines are one member's</source>
            <translation>namba ya mwanachama, ikiwa mistari ni ya mwanachama mmoja</translation>
        </message>
        <message>
            <source>e.g. 1.5% (the part of each line that is a fee)</source>
            <translation>mfano 1.5% (sehemu ya kila mstari ambayo ni ada)</translation>
        </message>
        <message>
            <source>Active (tried when matching)</source>
            <translation>Hai (inajaribiwa wakati wa kuoanisha)</translation>
        </message>
        <message>
            <source>Amounts are signed as on the statement: a charge is negative, so “highest amount 0” keeps the rule to money going out.</source>
            <translation>Viasi vina alama ya chanya au hasi kama kwenye taarifa ya benki: gharama ni hasi, kwa hiyo “kiasi cha juu kabisa 0” kinaifanya kanuni ihusu fedha zinazotoka tu.</translation>
        </message>
        <message>
            <source>Text contains</source>
            <translation>Maandishi yana</translation>
        </message>
        <message>
            <source>Pattern (regular expression)</source>
            <translation>Ruwaza (regular expression)</translation>
        </message>
        <message>
            <source>Lowest amount</source>
            <translation>Kiasi cha chini kabisa</translation>
        </message>
        <message>
            <source>Highest amount</source>
            <translation>Kiasi cha juu kabisa</translation>
        </message>
        <message>
            <source>Book to account</source>
            <translation>Rekodi kwenye akaunti</translation>
        </message>
        <message>
            <source>Fee share</source>
            <translation>Sehemu ya ada</translation>
        </message>
        <message>
            <source>Fee account</source>
            <translation>Akaunti ya ada</translation>
        </message>
        <message>
            <source>Save rule</source>
            <translation>Hifadhi kanuni</translation>
        </message>
        <message>
            <source>Choose the account the lines are booked to.</source>
            <translation>Chagua akaunti ambako mistari inarekodiwa.</translation>
        </message>
        <message>
            <source>There is no ledger account {code} that takes entries.</source>
            <translation>Hakuna akaunti ya leja {code} inayopokea maingizo.</translation>
        </message>
        <message>
            <source>Make an entry from a statement line</source>
            <translation>Tengeneza ingizo kutoka mstari wa taarifa ya benki</translation>
        </message>
        <message>
            <source>{date} · {text} · {amount} {currency}</source>
            <translation>{date} · {text} · {amount} {currency}</translation>
        </message>
        <message>
            <source>optional member number</source>
            <translation>namba ya mwanachama (si lazima)</translation>
        </message>
        <message>
            <source>Proposed by the rule “{rule}”: {lines}.</source>
            <translation>Limependekezwa na kanuni “{rule}”: {lines}.</translation>
        </message>
        <message>
            <source>Post entry</source>
            <translation>Ingiza kwenye leja</translation>
        </message>
        <message>
            <source>Choose the account the line is booked to.</source>
            <translation>Chagua akaunti ambako mstari unarekodiwa.</translation>
        </message>
        <message>
            <source>at least</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>more than</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A share: 1/2, 2/3, 50 % or 0.5.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>General</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Candidates and proxies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the bylaws</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation>Ghairi</translation>
        </message>
        <message>
            <source>e.g. Bylaws of 2024</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the law and the articles of the bylaws these rules come from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who keeps and reads the register of grievances</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rule</source>
            <translation>Kanuni</translation>
        </message>
        <message>
            <source>First call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Second call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never fewer than</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Second call after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delegates' assembly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no second call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>second convocation only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>as members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shares of the members entitled to attend: 1/2, 2/3, 50 % or 0.5. At second call the lower share applies after the wait, or only when the meeting is convened a second time; "Never fewer than" is the least number of members even then. Leave "Second call" blank when there is none, and "Delegates' assembly" blank when delegates follow the members' rules.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>of the</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"More than half" of 30 needs 16; "at least two thirds" of 30 is reached by 20.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notice at least</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>business days (no weekends or holidays)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>days</source>
            <translation>siku</translation>
        </message>
        <message>
            <source>Notice is counted from the day after the convocation up to and including the day of the meeting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Term</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Terms in a row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Committee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation>Ondoa</translation>
        </message>
        <message>
            <source>no minimum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Women on the board, at least</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Candidates must be active members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Candidates must have paid up the shares they subscribed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who may stand for a position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A member for at least</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A member may be represented by another member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Members represented count towards the quorum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proxies one member may hold, at most</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move up</source>
            <translation>Sogeza juu</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Sogeza chini</translation>
        </message>
        <message>
            <source>A tie is settled by the ticked steps, from the top. A drawn lot is always the last step, so that every tie can be settled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation>hakuna</translation>
        </message>
        <message>
            <source>{meeting}, first call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{meeting}, second call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{meeting}, delegates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New election</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Board of directors 2026</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None (not a post of the bylaws)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} ({seats} seats)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counting method</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create the election</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the candidates' numbers on the paper, e.g. 2 1 3; 0 for a blank ballot.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the candidates' numbers, separated by spaces: e.g. 2 1 3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a stage to the path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change “{title}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Environmental licence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>who grants it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>number of the certificate, licence or title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last day it is valid; blank when it does not expire.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no particular site)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind of step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reference number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applied for on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link a fee of “{title}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the payment that paid the fee. Its amount is read from the books: the entry's total.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Already a fee of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The books hold no posted payment yet: record the payment in the cash book first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. evaluation fee, annual follow-up fee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link the fee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the payment in the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Ordinary general assembly 2026</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One item a line, in order:
Quorum and agenda
Accounts of the year
Election of the board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind of meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create the meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One item a line, in order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Convene the meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title}, {when}. The convocation, with its agenda, goes out on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Convene</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a proxy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Absent member (number)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Represented by (in the room)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the proxy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check in the member who holds the proxy first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put a motion to the vote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agenda item {place}: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No agenda item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>did not vote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Votes by name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In favour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Against</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Abstentions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spoilt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record the vote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With this date of birth the member was a minor when they joined; a minor cannot be registered as a miner.</source>
            <translation>Kwa tarehe hii ya kuzaliwa, mwanachama alikuwa mtoto alipojiunga; mtoto hawezi kusajiliwa kama mchimbaji.</translation>
        </message>
        <message>
            <source>New business plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Business plan {first}-{last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No: I will enter the numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{year} (closed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{year} (current)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cash at the start ({currency})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start from the books of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starting from the books fills every year with the grams sold, the average price and premium of that fiscal year, and a cost line for each group of expense accounts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create the plan</source>
            <translation>Unda mpango</translation>
        </message>
        <message>
            <source>Cost line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the cost line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Fuel, Wages, Gold bought from members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The amounts are per gram sold (a variable cost)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The same amount every year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount ({currency})</source>
            <translation>Kiasi ({currency})</translation>
        </message>
        <message>
            <source>Save the cost line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{year}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Investment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the investment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Concentration table, compressor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Year bought</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cost ({currency})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paid by the members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paid from the premium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Borrowed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loan repaid over (years)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loan interest (% a year)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Useful life (years)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the investment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adopt the plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolution {ref}: {text} ({meeting}, {date})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Once adopted, “{title}” can no longer be changed; a new version is a copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adopted by the motion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adopt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No motion has passed yet: record the meeting's vote first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} (revised)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title of the copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Excel (*.xlsx)</source>
            <translation>Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Distribution {number}, “{title}”: {amount}</source>
            <translation>Mgao {number}, “{title}”: {amount}</translation>
        </message>
        <message>
            <source>Approve distribution {number}</source>
            <translation>Idhinisha mgao {number}</translation>
        </message>
        <message>
            <source>e.g. General assembly of 15 March, resolution 4</source>
            <translation>mfano: Mkutano mkuu wa 15 Machi, azimio 4</translation>
        </message>
        <message>
            <source>Approved by the assembly on</source>
            <translation>Uliidhinishwa na mkutano mkuu tarehe</translation>
        </message>
        <message>
            <source>Reverse in distribution {number}</source>
            <translation>Batilisha katika mgao {number}</translation>
        </message>
        <message>
            <source>Payout {payout} of {date}: {count} member(s), {amount} by {via} (entry {entry})</source>
            <translation>Malipo {payout} ya {date}: wanachama {count}, {amount} kwa {via} (ingizo {entry})</translation>
        </message>
        <message>
            <source>The distribution itself (its payouts reversed first)</source>
            <translation>Mgao wenyewe (malipo yake yakibatilishwa kwanza)</translation>
        </message>
        <message>
            <source>The distribution itself</source>
            <translation>Mgao wenyewe</translation>
        </message>
        <message>
            <source>e.g. paid twice; the member did not come</source>
            <translation>mfano: amelipwa mara mbili; mwanachama hakuja</translation>
        </message>
        <message>
            <source>Reverse</source>
            <translation>Batilisha</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Sababu</translation>
        </message>
        <message>
            <source>Payout {payout} reversed: {count} member(s) are unpaid again.</source>
            <translation>Malipo {payout} yamebatilishwa: wanachama {count} hawajalipwa tena.</translation>
        </message>
        <message>
            <source>Distribution {number} reversed by entry {year}/{entry}.</source>
            <translation>Mgao {number} umebatilishwa kwa ingizo {year}/{entry}.</translation>
        </message>
        <message>
            <source>Post distribution {number}</source>
            <translation>Ingiza mgao {number} kwenye leja</translation>
        </message>
        <message>
            <source>One entry: {source} debited {amount}; each fund credited; each member's payable credited in the member sub-ledger ({count} member(s)).</source>
            <translation>Ingizo moja: {source} inawekwa debiti ya {amount}; kila mfuko unawekwa krediti; deni la kila mwanachama linawekwa krediti katika leja ndogo ya wanachama (wanachama {count}).</translation>
        </message>
        <message>
            <source>Approved on {date}: {resolution}</source>
            <translation>Umeidhinishwa tarehe {date}: {resolution}</translation>
        </message>
        <message>
            <source>Posting date</source>
            <translation>Tarehe ya kuingiza kwenye leja</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Ingiza kwenye leja</translation>
        </message>
        <message>
            <source>Pay out distribution {number}</source>
            <translation>Lipa mgao {number}</translation>
        </message>
        <message>
            <source>{via} — {count} member(s) to pay, {amount}</source>
            <translation>{via} — wanachama {count} wa kulipwa, {amount}</translation>
        </message>
        <message>
            <source>Everyone not paid yet who is paid this way</source>
            <translation>Wote ambao bado hawajalipwa wanaolipwa kwa njia hii</translation>
        </message>
        <message>
            <source>Only the {count} member(s) selected: {numbers}</source>
            <translation>Wanachama {count} waliochaguliwa tu: {numbers}</translation>
        </message>
        <message>
            <source>e.g. transfer batch or receipt book number</source>
            <translation>mfano: namba ya kundi la uhamisho au ya kitabu cha stakabadhi</translation>
        </message>
        <message>
            <source>Paid by</source>
            <translation>Njia ya malipo</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wanaolipwa</translation>
        </message>
        <message>
            <source>Pay and post</source>
            <translation>Lipa na uingize kwenye leja</translation>
        </message>
        <message>
            <source>Every way, grouped as the treasurer pays</source>
            <translation>Njia zote, zikiwa zimepangwa kama mweka hazina anavyolipa</translation>
        </message>
        <message>
            <source>Only the members not paid yet</source>
            <translation>Wanachama ambao bado hawajalipwa tu</translation>
        </message>
        <message>
            <source>PDF, to print and sign</source>
            <translation>PDF, ya kuchapisha na kusaini</translation>
        </message>
        <message>
            <source>Excel</source>
            <translation>Excel</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Muundo</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>Hifadhi…</translation>
        </message>
        <message>
            <source>Why this amount — member {number}</source>
            <translation>Kwa nini kiasi hiki — mwanachama {number}</translation>
        </message>
        <message>
            <source>{name} (member {number}) receives {amount}</source>
            <translation>{name} (mwanachama {number}) anapokea {amount}</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Takwimu</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Chapisha…</translation>
        </message>
        <message>
            <source>Save this explanation as a PDF to print and hand to the member</source>
            <translation>Hifadhi maelezo haya kama PDF ya kuchapisha na kumpa mwanachama</translation>
        </message>
        <message>
            <source>Print the explanation</source>
            <translation>Chapisha maelezo</translation>
        </message>
        <message>
            <source>why-this-amount-{run}-{member}.pdf</source>
            <translation>kwa-nini-kiasi-hiki-{run}-{member}.pdf</translation>
        </message>
        <message>
            <source>Writing {path}…</source>
            <translation>Inaandika {path}…</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Imehifadhiwa: {path}</translation>
        </message>
        <message>
            <source>Unclaimed payouts of distribution {number}</source>
            <translation>Malipo yasiyodaiwa ya mgao {number}</translation>
        </message>
        <message>
            <source>The distribution is not posted: nothing can be unclaimed yet.</source>
            <translation>Mgao haujaingizwa kwenye leja: bado hakuna malipo yanayoweza kuwa yasiyodaiwa.</translation>
        </message>
        <message>
            <source>Nobody's payout is unclaimed. Payouts count as unclaimed {days} days after the posting ({date}).</source>
            <translation>Hakuna malipo yasiyodaiwa. Malipo huhesabiwa kuwa yasiyodaiwa siku {days} baada ya kuingizwa kwenye leja ({date}).</translation>
        </message>
        <message>
            <source>{count} member(s) have not collected {amount}, {days} days or more after the posting on {date}.</source>
            <translation>Wanachama {count} hawajachukua {amount}, siku {days} au zaidi baada ya kuingizwa kwenye leja tarehe {date}.</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Hamisha PDF…</translation>
        </message>
        <message>
            <source>Export Excel…</source>
            <translation>Hamisha Excel…</translation>
        </message>
        <message>
            <source>e.g. bylaws-2024</source>
            <translation>mfano: masharti-2024</translation>
        </message>
        <message>
            <source>Fund</source>
            <translation>Mfuko</translation>
        </message>
        <message>
            <source>% of the amount</source>
            <translation>% ya kiasi</translation>
        </message>
        <message>
            <source>Until % of capital</source>
            <translation>Hadi % ya mtaji</translation>
        </message>
        <message>
            <source>Name in the bylaws</source>
            <translation>Jina katika masharti ya chama</translation>
        </message>
        <message>
            <source>Add a fund</source>
            <translation>Ongeza mfuko</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Juu</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Chini</translation>
        </message>
        <message>
            <source>Suspended members take no part</source>
            <translation>Wanachama waliosimamishwa hawashiriki</translation>
        </message>
        <message>
            <source>no cap</source>
            <translation>bila kikomo</translation>
        </message>
        <message>
            <source>smallest unit</source>
            <translation>kipimo kidogo kabisa</translation>
        </message>
        <message>
            <source>Funds, in the order of the bylaws</source>
            <translation>Mifuko, kwa mpangilio wa masharti ya chama</translation>
        </message>
        <message>
            <source>The members' part is shared by (weights; leave blank what is not used):</source>
            <translation>Sehemu ya wanachama inagawanywa kwa (uzito; acha wazi kisichotumika):</translation>
        </message>
        <message>
            <source>Eligible after</source>
            <translation>Anastahili akiwa na angalau</translation>
        </message>
        <message>
            <source>active in the period</source>
            <translation>za shughuli katika kipindi</translation>
        </message>
        <message>
            <source>Interest on capital at most</source>
            <translation>Riba ya mtaji isizidi</translation>
        </message>
        <message>
            <source>% a year</source>
            <translation>% kwa mwaka</translation>
        </message>
        <message>
            <source>Round payouts to</source>
            <translation>Kadiria malipo hadi</translation>
        </message>
        <message>
            <source>from the posting</source>
            <translation>tangu kuingizwa kwenye leja</translation>
        </message>
        <message>
            <source>New sharing policy</source>
            <translation>Sera mpya ya mgawanyo</translation>
        </message>
        <message>
            <source>Edit the sharing policy “{name}”</source>
            <translation>Hariri sera ya mgawanyo “{name}”</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(tupu)</translation>
        </message>
        <message>
            <source>A distribution keeps a copy of the policy it was computed with: editing a policy changes no distribution already made.</source>
            <translation>Mgao huhifadhi nakala ya sera uliyokokotolewa nayo: kuhariri sera hakubadilishi mgao wowote uliokwisha fanyika.</translation>
        </message>
        <message>
            <source>Start from</source>
            <translation>Anza kutoka</translation>
        </message>
        <message>
            <source>{standard} {id}: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assess a requirement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was seen, what is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record the assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A record coopdesk holds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An extract of the member register, today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A file (a photo, a scan, a report)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave blank for the record's own name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No record fits this requirement yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Label (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A file to keep as evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose one of the records.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make an improvement action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Buy retorts and train the processors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nobody yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What will be done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Responsible (member number)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The action becomes an activity of the action plan, where its progress and spending are followed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add to the action plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correct the session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New training session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the session was about</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The trainer or the organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attendance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{day}: {topic}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a name or a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick all shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untick all shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the attendance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This session is on {day}: attendance is taken on the day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record an incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no member)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>grams, e.g. 12.5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Member involved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action taken so far</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record the incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close an incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incident {number} of {day}: {kind}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✓ matched; a lock: in a finished reconciliation</source>
            <translation>✓ imeoanishwa; kufuli: iko katika usuluhishi uliokamilika</translation>
        </message>
        <message>
            <source>Matched, in a finished reconciliation (reopen it to change this)</source>
            <translation>Imeoanishwa, katika usuluhishi uliokamilika (ufungue tena ili kubadilisha hili)</translation>
        </message>
        <message>
            <source>Brought forward: before the account's statements begin, taken as agreed with the bank</source>
            <translation>Imeletwa mbele: ni ya kabla ya taarifa za benki za akaunti kuanza, inahesabiwa kuwa imelingana na benki</translation>
        </message>
        <message>
            <source>Not matched yet</source>
            <translation>Bado haijaoanishwa</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Maandishi</translation>
        </message>
        <message>
            <source>Balance after it: {balance}</source>
            <translation>Salio baada yake: {balance}</translation>
        </message>
        <message>
            <source>matched automatically</source>
            <translation>imeoanishwa kiotomatiki</translation>
        </message>
        <message>
            <source>matched by hand</source>
            <translation>imeoanishwa kwa mkono</translation>
        </message>
        <message>
            <source>booked from this line</source>
            <translation>imerekodiwa kutoka mstari huu</translation>
        </message>
        <message>
            <source>Brought forward: before the account's statements begin</source>
            <translation>Imeletwa mbele: ni ya kabla ya taarifa za benki za akaunti kuanza</translation>
        </message>
        <message>
            <source>Gold sold</source>
            <translation>Dhahabu iliyouzwa</translation>
        </message>
        <message>
            <source>Capital (average)</source>
            <translation>Mtaji (wastani)</translation>
        </message>
        <message>
            <source>Days active</source>
            <translation>Siku za shughuli</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Imelipwa</translation>
        </message>
        <message>
            <source>{date}, {via}</source>
            <translation>{date}, {via}</translation>
        </message>
        <message>
            <source>not yet ({method})</source>
            <translation>bado ({method})</translation>
        </message>
        <message>
            <source>No part: {reason}</source>
            <translation>Hashiriki: {reason}</translation>
        </message>
        <message>
            <source>Paid to the successor {payee}</source>
            <translation>Inalipwa kwa mrithi {payee}</translation>
        </message>
        <message>
            <source>Deceased, no successor recorded</source>
            <translation>Marehemu, hakuna mrithi aliyerekodiwa</translation>
        </message>
        <message>
            <source>New account…</source>
            <translation>Akaunti mpya…</translation>
        </message>
        <message>
            <source>Import statement…</source>
            <translation>Ingiza taarifa ya benki…</translation>
        </message>
        <message>
            <source>Match automatically</source>
            <translation>Oanisha kiotomatiki</translation>
        </message>
        <message>
            <source>There is no bank or mobile-money account yet.
Add one, tied to the ledger account that holds its money; then import its statements and match them to the books.</source>
            <translation>Bado hakuna akaunti ya benki wala ya pesa kwa simu.
Ongeza moja, iliyounganishwa na akaunti ya leja inayoshikilia fedha zake; kisha ingiza taarifa zake za benki na uzioanishe na hesabu.</translation>
        </message>
        <message>
            <source>Matching</source>
            <translation>Uoanishaji</translation>
        </message>
        <message>
            <source>Suggestions</source>
            <translation>Mapendekezo</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Kanuni</translation>
        </message>
        <message>
            <source>Reconciliation</source>
            <translation>Usuluhishi</translation>
        </message>
        <message>
            <source>Ledger account {code} {name}</source>
            <translation>Akaunti ya leja {code} {name}</translation>
        </message>
        <message>
            <source>book balance {amount} {currency}</source>
            <translation>salio la hesabu {amount} {currency}</translation>
        </message>
        <message>
            <source>{lines} statement line(s), {open} not matched</source>
            <translation>mistari {lines} ya taarifa ya benki, {open} haijaoanishwa</translation>
        </message>
        <message>
            <source>statements up to {date}</source>
            <translation>taarifa za benki hadi {date}</translation>
        </message>
        <message>
            <source>reconciled up to {date}</source>
            <translation>imesuluhishwa hadi {date}</translation>
        </message>
        <message>
            <source>Your role may read the bank but not change it.</source>
            <translation>Jukumu lako linaruhusu kusoma benki lakini si kuibadilisha.</translation>
        </message>
        <message>
            <source>Adding accounts is not available in this version.</source>
            <translation>Kuongeza akaunti hakupatikani katika toleo hili.</translation>
        </message>
        <message>
            <source>Importing statements is not available in this version.</source>
            <translation>Kuingiza taarifa za benki hakupatikani katika toleo hili.</translation>
        </message>
        <message>
            <source>{new} new statement line(s) imported, {known} already known.</source>
            <translation>Mistari mipya {new} ya taarifa ya benki imeingizwa, {known} ilikuwa inajulikana tayari.</translation>
        </message>
        <message>
            <source>Matching the statement to the books…</source>
            <translation>Inaoanisha taarifa ya benki na hesabu…</translation>
        </message>
        <message>
            <source>{matched} matched, {suggested} suggested, {proposed} entries proposed, {left} left.</source>
            <translation>Mistari {matched} imeoanishwa, {suggested} imependekezwa, maingizo {proposed} yamependekezwa, {left} imebaki.</translation>
        </message>
        <message>
            <source>The reconciliation is not available in this version.</source>
            <translation>Usuluhishi haupatikani katika toleo hili.</translation>
        </message>
        <message>
            <source>Not matched</source>
            <translation>Haijaoanishwa</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Yote</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Onyesha</translation>
        </message>
        <message>
            <source>from</source>
            <translation>kuanzia</translation>
        </message>
        <message>
            <source>to</source>
            <translation>hadi</translation>
        </message>
        <message>
            <source>Search text or reference (Ctrl+F)</source>
            <translation>Tafuta maandishi au kumbukumbu (Ctrl+F)</translation>
        </message>
        <message>
            <source>Match</source>
            <translation>Oanisha</translation>
        </message>
        <message>
            <source>Match the selected lines (Ctrl+M or Enter)</source>
            <translation>Oanisha mistari iliyochaguliwa (Ctrl+M au Enter)</translation>
        </message>
        <message>
            <source>Undo match</source>
            <translation>Tengua uoanishaji</translation>
        </message>
        <message>
            <source>Undo the selected line's match (Ctrl+U)</source>
            <translation>Tengua uoanishaji wa mstari uliochaguliwa (Ctrl+U)</translation>
        </message>
        <message>
            <source>Make entry…</source>
            <translation>Tengeneza ingizo…</translation>
        </message>
        <message>
            <source>Book a statement line the books lack (Ctrl+E)</source>
            <translation>Rekodi mstari wa taarifa ya benki ambao haumo kwenye hesabu (Ctrl+E)</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>Taarifa ya benki</translation>
        </message>
        <message>
            <source>{count} line(s)</source>
            <translation>Mistari {count}</translation>
        </message>
        <message>
            <source>Books</source>
            <translation>Hesabu</translation>
        </message>
        <message>
            <source>Select lines on both sides with the same total, then match them (Ctrl+M).</source>
            <translation>Chagua mistari pande zote mbili yenye jumla sawa, kisha uioanishe (Ctrl+M).</translation>
        </message>
        <message>
            <source>Statement: {bank} ({n} line(s)) · Books: {book} ({m} line(s)) · Difference: {diff}</source>
            <translation>Taarifa ya benki: {bank} (mistari {n}) · Hesabu: {book} (mistari {m}) · Tofauti: {diff}</translation>
        </message>
        <message>
            <source>Matched {n} statement line(s) with {m} book line(s).</source>
            <translation>Mistari {n} ya taarifa ya benki imeoanishwa na mistari {m} ya hesabu.</translation>
        </message>
        <message>
            <source>Undo the match</source>
            <translation>Tengua uoanishaji</translation>
        </message>
        <message>
            <source>Undo this match. Should the matcher never propose these lines together again?</source>
            <translation>Tengua uoanishaji huu. Je, mfumo wa kuoanisha usipendekeze tena kamwe mistari hii pamoja?</translation>
        </message>
        <message>
            <source>Yes: undo it and never propose it again. No: only undo it. An entry made from a statement line stays in the books.</source>
            <translation>Ndiyo: utengue na usiupendekeze tena kamwe. Hapana: utengue tu. Ingizo lililotengenezwa kutoka mstari wa taarifa ya benki linabaki kwenye hesabu.</translation>
        </message>
        <message>
            <source>Match undone; the pairing will not be proposed again.</source>
            <translation>Uoanishaji umetenguliwa; hautapendekezwa tena.</translation>
        </message>
        <message>
            <source>Match undone.</source>
            <translation>Uoanishaji umetenguliwa.</translation>
        </message>
        <message>
            <source>Entry {entry} posted and matched to the statement line.</source>
            <translation>Ingizo {entry} limeingizwa kwenye leja na kuoanishwa na mstari wa taarifa ya benki.</translation>
        </message>
        <message>
            <source>Deposit not yet on the statement</source>
            <translation>Amana ambayo bado haijaonekana kwenye taarifa ya benki</translation>
        </message>
        <message>
            <source>Payment not yet on the statement</source>
            <translation>Malipo ambayo bado hayajaonekana kwenye taarifa ya benki</translation>
        </message>
        <message>
            <source>On the statement, not in the books</source>
            <translation>Kwenye taarifa ya benki, si kwenye hesabu</translation>
        </message>
        <message>
            <source>Reopen the reconciliation</source>
            <translation>Fungua tena usuluhishi</translation>
        </message>
        <message>
            <source>The reconciliation of {date} will be reopened: its matches may be changed again until it is finished anew. Say why; the reason is kept with the record and in the audit trail.</source>
            <translation>Usuluhishi wa {date} utafunguliwa tena: uoanishaji wake unaweza kubadilishwa tena hadi utakapokamilishwa upya. Eleza sababu; sababu hiyo inahifadhiwa pamoja na kumbukumbu hii na katika mnyororo wa ukaguzi.</translation>
        </message>
        <message>
            <source>e.g. the bank added a debit note dated in the month</source>
            <translation>mfano: benki iliongeza hati ya debiti yenye tarehe ya ndani ya mwezi huo</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Fungua tena</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Aina</translation>
        </message>
        <message>
            <source>Reference / entry</source>
            <translation>Kumbukumbu / ingizo</translation>
        </message>
        <message>
            <source>The books lack this statement line: match it, or make its entry.</source>
            <translation>Mstari huu wa taarifa ya benki haumo kwenye hesabu: uoanishe, au tengeneza ingizo lake.</translation>
        </message>
        <message>
            <source>Bank balance</source>
            <translation>Salio la benki</translation>
        </message>
        <message>
            <source>Book balance</source>
            <translation>Salio la hesabu</translation>
        </message>
        <message>
            <source>Done by</source>
            <translation>Umekamilishwa na</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>Umekamilishwa tarehe</translation>
        </message>
        <message>
            <source>as printed on the statement</source>
            <translation>kama lilivyochapishwa kwenye taarifa ya benki</translation>
        </message>
        <message>
            <source>Closing balance per statement</source>
            <translation>Salio la kufunga kwa mujibu wa taarifa ya benki</translation>
        </message>
        <message>
            <source>Back to the current reconciliation</source>
            <translation>Rudi kwenye usuluhishi wa sasa</translation>
        </message>
        <message>
            <source>Outstanding deposits (+)</source>
            <translation>Amana bado hazijaonekana kwenye taarifa (+)</translation>
        </message>
        <message>
            <source>Outstanding payments (−)</source>
            <translation>Malipo bado hayajaonekana kwenye taarifa (−)</translation>
        </message>
        <message>
            <source>Bank balance per statement</source>
            <translation>Salio la benki kwa mujibu wa taarifa</translation>
        </message>
        <message>
            <source>Statement lines not in the books</source>
            <translation>Mistari ya taarifa ya benki isiyomo kwenye hesabu</translation>
        </message>
        <message>
            <source>Finish reconciliation</source>
            <translation>Kamilisha usuluhishi</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historia</translation>
        </message>
        <message>
            <source>View</source>
            <translation>Tazama</translation>
        </message>
        <message>
            <source>Reopen…</source>
            <translation>Fungua tena…</translation>
        </message>
        <message>
            <source>Choose a bank account.</source>
            <translation>Chagua akaunti ya benki.</translation>
        </message>
        <message>
            <source>Type the closing balance printed on the bank's statement.</source>
            <translation>Andika salio la kufunga lililochapishwa kwenye taarifa ya benki.</translation>
        </message>
        <message>
            <source>The books and the bank agree</source>
            <translation>Hesabu na benki zinalingana</translation>
        </message>
        <message>
            <source>The books and the bank do not agree yet</source>
            <translation>Hesabu na benki bado hazilingani</translation>
        </message>
        <message>
            <source>Matched up to {date}: {bank} statement line(s) and {book} book line(s).</source>
            <translation>Iliyooanishwa hadi {date}: mistari {bank} ya taarifa ya benki na mistari {book} ya hesabu.</translation>
        </message>
        <message>
            <source>{count} item(s) explain the difference between the books and the bank</source>
            <translation>Vipengele {count} vinaeleza tofauti kati ya hesabu na benki</translation>
        </message>
        <message>
            <source>Nothing outstanding: every line is matched.</source>
            <translation>Hakuna kinachosubiri: kila mstari umeoanishwa.</translation>
        </message>
        <message>
            <source>Reconciliation of {date}, finished by {user} on {when}</source>
            <translation>Usuluhishi wa {date}, umekamilishwa na {user} mnamo {when}</translation>
        </message>
        <message>
            <source>Reopened by {user}: {reason}</source>
            <translation>Umefunguliwa tena na {user}: {reason}</translation>
        </message>
        <message>
            <source>Finish the reconciliation?</source>
            <translation>Kamilisha usuluhishi?</translation>
        </message>
        <message>
            <source>The reconciliation of {account} at {date} will be saved, and the matches it proves locked (a reopening is recorded in the audit trail).</source>
            <translation>Usuluhishi wa {account} tarehe {date} utahifadhiwa, na uoanishaji unaothibitishwa nao utafungwa (kuufungua tena kunarekodiwa katika mnyororo wa ukaguzi).</translation>
        </message>
        <message>
            <source>The reconciliation of {date} is finished and saved.</source>
            <translation>Usuluhishi wa {date} umekamilika na umehifadhiwa.</translation>
        </message>
        <message>
            <source>The reconciliation of {date} is reopened.</source>
            <translation>Usuluhishi wa {date} umefunguliwa tena.</translation>
        </message>
        <message>
            <source>reconciliation-{account}-{date}</source>
            <translation>usuluhishi-{account}-{date}</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Hamisha</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Ongeza…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Hariri…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Futa</translation>
        </message>
        <message>
            <source>Suggest rules from my entries</source>
            <translation>Pendekeza kanuni kutokana na maingizo yangu</translation>
        </message>
        <message>
            <source>Add this rule</source>
            <translation>Ongeza kanuni hii</translation>
        </message>
        <message>
            <source>Rules turn statement lines the books lack (bank charges, interest, mobile-money fees) into proposed entries. They are tried in order; the first that fits wins.</source>
            <translation>Kanuni hugeuza mistari ya taarifa ya benki ambayo haimo kwenye hesabu (ada za benki, riba, ada za pesa kwa simu) kuwa maingizo yanayopendekezwa. Hujaribiwa kwa mpangilio; ya kwanza inayofaa ndiyo inayotumika.</translation>
        </message>
        <message>
            <source>Rules suggested from the entries you made by hand</source>
            <translation>Kanuni zilizopendekezwa kutokana na maingizo uliyofanya kwa mkono</translation>
        </message>
        <message>
            <source>no</source>
            <translation>hapana</translation>
        </message>
        <message>
            <source>Text or pattern</source>
            <translation>Maandishi au ruwaza</translation>
        </message>
        <message>
            <source>Amounts</source>
            <translation>Viasi</translation>
        </message>
        <message>
            <source>any</source>
            <translation>yoyote</translation>
        </message>
        <message>
            <source>→ Account</source>
            <translation>→ Akaunti</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Ada</translation>
        </message>
        <message>
            <source>Rule saved.</source>
            <translation>Kanuni imehifadhiwa.</translation>
        </message>
        <message>
            <source>Rule “{name}” saved.</source>
            <translation>Kanuni “{name}” imehifadhiwa.</translation>
        </message>
        <message>
            <source>Delete the rule?</source>
            <translation>Futa kanuni?</translation>
        </message>
        <message>
            <source>Delete the rule “{name}”? Entries it made stay in the books.</source>
            <translation>Futa kanuni “{name}”? Maingizo iliyotengeneza yanabaki kwenye hesabu.</translation>
        </message>
        <message>
            <source>Rule “{name}” deleted.</source>
            <translation>Kanuni “{name}” imefutwa.</translation>
        </message>
        <message>
            <source>{count} rule(s) suggested from the entries made by hand.</source>
            <translation>Kanuni {count} zimependekezwa kutokana na maingizo yaliyofanywa kwa mkono.</translation>
        </message>
        <message>
            <source>No rule to suggest: a rule is suggested once the same words were booked by hand three times to the same account.</source>
            <translation>Hakuna kanuni ya kupendekeza: kanuni hupendekezwa pale maneno yale yale yamerekodiwa kwa mkono mara tatu kwenye akaunti ile ile.</translation>
        </message>
        <message>
            <source>Rule “{name}” added.</source>
            <translation>Kanuni “{name}” imeongezwa.</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>Kubali</translation>
        </message>
        <message>
            <source>Accept the selected suggestions (A)</source>
            <translation>Kubali mapendekezo yaliyochaguliwa (A)</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Kataa</translation>
        </message>
        <message>
            <source>Never propose the selected suggestions again (R)</source>
            <translation>Usipendekeze tena kamwe mapendekezo yaliyochaguliwa (R)</translation>
        </message>
        <message>
            <source>Post selected entries</source>
            <translation>Ingiza kwenye leja maingizo yaliyochaguliwa</translation>
        </message>
        <message>
            <source>Book text</source>
            <translation>Maelezo kwenye hesabu</translation>
        </message>
        <message>
            <source>Score %</source>
            <translation>Alama %</translation>
        </message>
        <message>
            <source>Booked to</source>
            <translation>Imerekodiwa kwenye</translation>
        </message>
        <message>
            <source>Suggested matches: run “Match automatically”.</source>
            <translation>Uoanishaji uliopendekezwa: bonyeza “Oanisha kiotomatiki”.</translation>
        </message>
        <message>
            <source>Suggested matches ({count}): accept (A) or reject (R) them</source>
            <translation>Uoanishaji uliopendekezwa ({count}): ukubali (A) au ukatae (R)</translation>
        </message>
        <message>
            <source>Entries the rules propose ({count})</source>
            <translation>Maingizo yanayopendekezwa na kanuni ({count})</translation>
        </message>
        <message>
            <source>{count} suggested match(es) accepted.</source>
            <translation>Mapendekezo {count} ya uoanishaji yamekubaliwa.</translation>
        </message>
        <message>
            <source>{count} suggestion(s) rejected; they will not be proposed again.</source>
            <translation>Mapendekezo {count} yamekataliwa; hayatapendekezwa tena.</translation>
        </message>
        <message>
            <source>{count} entr(y/ies) posted and matched: {entries}.</source>
            <translation>Maingizo {count} yameingizwa kwenye leja na kuoanishwa: {entries}.</translation>
        </message>
        <message>
            <source>Record the registrations, licences and titles on the Formalisation page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{granted} of {total} stages granted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current step: {step}. {title} ({status})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every stage is granted and valid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ {count} warning(s). {first}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing expires within {days} days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No stage yet: add the first step of the path.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{state}: expires today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{state}: {days} days left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{state} to {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Formalisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a stage…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Documents kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SHA-256</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a document…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation>Fungua</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fees paid (from the books)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link a payment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlink</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{granted} of {total} stages granted and valid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>next expiry: {title} on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step {step}: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No stage chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{date} ({days} days ago)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{date} (in {days} days)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{when} by {user}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total {amount} {currency}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your role may read the formalisation path but not change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{title}” saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take “{title}” off the path?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{title}” removed from the path.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep a document with “{title}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scanned documents ({patterns})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} kept with “{title}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No program on this computer opens {file}; save it and open it from its folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove {file} from this stage? The audit trail keeps its fingerprint.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entry {entry} linked as a fee of “{title}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop counting entry {entry} ({amount}) as a fee of “{title}”?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entry {entry} unlinked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start from a preset…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use the preset: {label}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No bylaws yet.
Start from the preset for your country's law, then change every rule to match your own bylaws.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your role may read the bylaws but not change them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results sheet (PDF)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results (Excel)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>papers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Numbered ballot papers (PDF)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export ballots (BLT)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import paper ballots (BLT)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ballots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export ballots (BLT)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ballot files (*.blt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import paper ballots (BLT)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ballot files (*.blt);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} papers read from {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New election…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No election yet. Create one with “New election…”: choose the counting method, the seats and whether members vote in the booth on this laptop or on paper.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Candidates (in ballot-paper order)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open nominations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>member number or name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nominate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdraw the candidate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the poll</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The poll</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>member number or name of the voter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check off the roll</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the booth (full screen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the poll</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paper ballots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Second entry: enter the same papers again to check the first entry (nothing is saved)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>candidates' numbers, first choice first, e.g. 2 1 3 - then Enter; 0 for a blank ballot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the last</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the ballots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the totals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear the entered ballots…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Count the votes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>who drew the lot, in front of the assembly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the lot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your role may not prepare elections.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} seat(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stage: {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{place}. {name} (member {number})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checked off the roll: {checked} · ballots in the urn: {ballots}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>waiting to vote: {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{ballots} papers entered for {checked} voters checked off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blank ballots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ballot {n}: {marks}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ballot {n}: blank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check {n} ballots against the first entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save {n} ballots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>elected in this round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>excluded in this round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a member number or a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No member matches “{text}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} members match: {names}{more}. Type the member number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Election created. Open the nominations to put candidates on the paper.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nominations are open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Candidate {place} on the paper.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select the candidate who withdraws.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} withdrew.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The poll is open: check voters off the roll.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Member {number} checked off the roll.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the booth first (the teller's Close button).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The poll is closed: {ballots} ballots, {checked} voters checked off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no candidate {place} on the paper (1 to {count}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Candidate {place} is marked twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Both entries agree.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The entries differ:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>blank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ballot {marks}: {first} in the first entry, {second} in the second</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} ballots saved; {total} in the urn.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Totals saved: {total} papers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear the entered ballots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why are the entered ballots cleared?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The entered ballots were cleared; enter them again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counting the votes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The count needs a lot: draw it in front of the assembly and enter it under “The count”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a grievance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who complains, and against whom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What it is about</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the grievance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grievance {id}: {parties}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close a grievance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolved: the parties agreed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed without agreement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the grievance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The bylaws keep the register of grievances for the roles they name; yours is not one of them, so it is not shown here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a grievance…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a step…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open ones only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No grievance in the register.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grievance {id}: {category}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome, {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the room: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New meeting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agenda…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Convene…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign the minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assembly mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{document} ({format})…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attendance and quorum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agenda, motions and minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Member number or part of a name, then Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leaves the room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a proxy…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an item…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For / against / abstain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put a motion to the vote…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was said and decided under this item.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Motions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes of this item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No meeting yet. Plan one with “New meeting…”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number} - {name} (arrived {time})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{giver} - {giver_name}, by {holder} - {holder_name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(1 motion)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>({count} motions)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind} - {when}{place} - {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>convened on {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>chair: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>secretary: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>signed by the president ({user})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>signed by the secretary ({user})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>minutes book no. {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The check-in opens when the meeting is opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The meeting is closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} present at the end.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Present {present}, represented {represented}, needed {required} of {eligible} entitled ({call}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{yes} / {no} / {abstain}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>passed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not passed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your role may read the meetings but not prepare them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title of the item added to the agenda:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The meeting is closed. Finish the minutes; then the president and the secretary sign them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The minutes are final: number {number} in the minutes book.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed. The minutes can no longer be changed; they become final when the other officer signs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolution {number}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{document}-{date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a mandate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} ({months} months)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave blank for the term the bylaws set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Term starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Term ends (blank: the bylaws' term)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the mandate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The bylaws name no positions yet: enter them first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End a term early</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (member {number}), {position}, {starts} to {ends}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. resigned, moved away, excluded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last day in office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End the term</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show all terms, past ones too</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a mandate…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End a term early…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation>Kuanzia</translation>
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every term, past and present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team in office on {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{day}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No mandates yet. They are created when an election to a position is counted; a team elected before coopdesk was used can be added by hand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your role may read the officers register but not change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meetings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Officers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bylaws</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Governance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the training record…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Training: {count} session(s), {hours} h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No training session attended yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>training-record-{number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the training record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No activity to show on the timeline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report progress…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tag journal lines…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untag the chosen lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journal lines tagged to it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} activities; budget {budget} {currency}, actual {actual} {currency} from the books.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No activity here yet. “New…” adds the first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No overdue activity.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose an activity to see its progress reports and the journal lines tagged to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{progress} % done; {expected} % of its time gone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your role may read the action plan but not change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activity {number} saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress of activity {number} recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untag</source>
            <translation>Ondoa uhusisho</translation>
        </message>
        <message>
            <source>Stop counting {count} line(s) as spending on activity {number}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the action plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation>Hifadhi</translation>
        </message>
        <message>
            <source>Added to last year's actuals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Propose from last year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approve…</source>
            <translation>Idhinisha…</translation>
        </message>
        <message>
            <source>{version} - approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{version} - draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>income</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expense</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no fiscal year yet: open one in the Ledger's settings first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No budget for {year} yet. “New version” starts one; then type the amounts or propose them from last year.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version {version}: approved by the general assembly on {day}, resolution {resolution} (“{meeting}”). It is frozen; a change is a new version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version {version}: DRAFT, not approved yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the amounts in the Budget column and Save; “Approve…” once the general assembly has voted it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} account(s) over budget.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what}: budget {budget}, actual {actual} {currency}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{text}; {pct} % used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your role may read the budget but not change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version {version} of the {year} budget started as a draft.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The budget is saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no fiscal year before {year} to start from.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proposed from the actuals of {source} plus {growth} %: {count} account(s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The budget is approved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the budget</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>revenue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>costs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revenue, costs and cash per year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revenue (sales and premium)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New plan…</source>
            <translation>Mpango mpya…</translation>
        </message>
        <message>
            <source>Copy…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adopt…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Production and costs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No business plan yet. “New plan…” makes one; it can start from the books of a fiscal year.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the section here. Blank lines separate paragraphs; a line starting with “- ” is a bullet; **bold** and *italic* work.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a cost…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Production and prices&lt;/b&gt;: type in the table, then save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Costs&lt;/b&gt;: per gram sold, or per year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loan terms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Life</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an investment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Investment programme&lt;/b&gt; and how each item is funded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Projected income statement&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Break-even&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Cash projection&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adopted by resolution {ref} of “{meeting}” on {date}. It can no longer be changed; copy it to work on a new version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft, {first} to {last}; cash at the start {cash} {currency}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: {words} words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{years} years at {rate} %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total {cost}: members {members}, premium {premium}, loans {loan}, grants {grant} ({currency}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No investment planned yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your role may read the business plan but not change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An adopted plan is not changed: copy it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied as a new draft.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The plan is adopted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Section saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{year}, grams: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Years saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the business plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{value}' is not a number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New premium use plan</source>
            <translation>Mpango mpya wa matumizi ya malipo ya ziada</translation>
        </message>
        <message>
            <source>e.g. Fairmined premium {year}</source>
            <translation>mfano: Malipo ya ziada ya Fairmined {year}</translation>
        </message>
        <message>
            <source>Add a use</source>
            <translation>Ongeza matumizi</translation>
        </message>
        <message>
            <source>Remove the use</source>
            <translation>Ondoa matumizi</translation>
        </message>
        <message>
            <source>The assembly has already approved this plan</source>
            <translation>Mkutano mkuu tayari umeidhinisha mpango huu</translation>
        </message>
        <message>
            <source>e.g. General assembly 2026, resolution 7</source>
            <translation>mfano: Mkutano mkuu 2026, azimio 7</translation>
        </message>
        <message>
            <source>Approved on</source>
            <translation>Umeidhinishwa tarehe</translation>
        </message>
        <message>
            <source>Planned uses, as the assembly approves them:</source>
            <translation>Matumizi yaliyopangwa, kama mkutano mkuu unavyoyaidhinisha:</translation>
        </message>
        <message>
            <source>Total budget: {amount} {currency}</source>
            <translation>Jumla ya bajeti: {amount} {currency}</translation>
        </message>
        <message>
            <source>Row {row}: {reason}</source>
            <translation>Mstari {row}: {reason}</translation>
        </message>
        <message>
            <source>Approval of “{plan}”</source>
            <translation>Idhini ya “{plan}”</translation>
        </message>
        <message>
            <source>Record the approval</source>
            <translation>Rekodi idhini</translation>
        </message>
        <message>
            <source>Tag spending to “{plan}”</source>
            <translation>Husisha gharama na “{plan}”</translation>
        </message>
        <message>
            <source>Already tagged</source>
            <translation>Kilichohusishwa tayari</translation>
        </message>
        <message>
            <source>Entry number</source>
            <translation>Namba ya ingizo</translation>
        </message>
        <message>
            <source>All of its expenses</source>
            <translation>Gharama zake zote</translation>
        </message>
        <message>
            <source>Expense entries of the plan's period ({start} to {end}); pick one, or give any posted entry's year and number below.</source>
            <translation>Maingizo ya gharama ya kipindi cha mpango ({start} hadi {end}); chagua moja, au weka hapa chini mwaka na namba ya ingizo lolote lililoingizwa kwenye leja.</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Husisha</translation>
        </message>
        <message>
            <source>Tag spending…</source>
            <translation>Husisha gharama…</translation>
        </message>
        <message>
            <source>Report…</source>
            <translation>Ripoti…</translation>
        </message>
        <message>
            <source>Planned uses</source>
            <translation>Matumizi yaliyopangwa</translation>
        </message>
        <message>
            <source>Spent {amount} {currency} above the budget.</source>
            <translation>Imetumika {amount} {currency} zaidi ya bajeti.</translation>
        </message>
        <message>
            <source>Spent (%)</source>
            <translation>Kilichotumika (%)</translation>
        </message>
        <message>
            <source>No premium use plan yet. Press “New plan…” to enter the uses the assembly approves for the Fairmined premium.</source>
            <translation>Bado hakuna mpango wa matumizi ya malipo ya ziada. Bonyeza “Mpango mpya…” ili kuandika matumizi ambayo mkutano mkuu unaidhinisha kwa malipo ya ziada ya Fairmined.</translation>
        </message>
        <message>
            <source>{start} to {end} · premium received {received} {currency} · planned {planned} · spent {spent} ({percent} %) · left {left}</source>
            <translation>{start} hadi {end} · malipo ya ziada yaliyopokelewa {received} {currency} · kilichopangwa {planned} · kilichotumika {spent} ({percent} %) · kilichobaki {left}</translation>
        </message>
        <message>
            <source>Approved by the assembly on {date}, resolution {ref}.</source>
            <translation>Umeidhinishwa na mkutano mkuu tarehe {date}, azimio {ref}.</translation>
        </message>
        <message>
            <source>Not approved yet: record the assembly's approval before tagging spending against this plan.</source>
            <translation>Bado haujaidhinishwa: rekodi idhini ya mkutano mkuu kabla ya kuhusisha gharama na mpango huu.</translation>
        </message>
        <message>
            <source>Spending tagged to {code} — {title}</source>
            <translation>Gharama zilizohusishwa na {code} — {title}</translation>
        </message>
        <message>
            <source>Spending tagged</source>
            <translation>Gharama zilizohusishwa</translation>
        </message>
        <message>
            <source>Your role may not change the premium use plan.</source>
            <translation>Jukumu lako haliruhusu kubadilisha mpango wa matumizi ya malipo ya ziada.</translation>
        </message>
        <message>
            <source>A plan of the uses the assembly approves for the premium</source>
            <translation>Mpango wa matumizi ambayo mkutano mkuu unaidhinisha kwa malipo ya ziada</translation>
        </message>
        <message>
            <source>Already approved.</source>
            <translation>Tayari umeidhinishwa.</translation>
        </message>
        <message>
            <source>Record the date and the resolution of the assembly that approved the plan</source>
            <translation>Rekodi tarehe na azimio la mkutano mkuu ulioidhinisha mpango</translation>
        </message>
        <message>
            <source>Count a posted entry of the books as spending on a use</source>
            <translation>Hesabu ingizo lililoingizwa kwenye leja kama gharama ya matumizi</translation>
        </message>
        <message>
            <source>Record the assembly's approval first.</source>
            <translation>Rekodi idhini ya mkutano mkuu kwanza.</translation>
        </message>
        <message>
            <source>Stop counting the selected entry as spending on this use</source>
            <translation>Acha kuhesabu ingizo lililochaguliwa kama gharama ya matumizi haya</translation>
        </message>
        <message>
            <source>The plan's execution report, as PDF, Excel or CSV</source>
            <translation>Ripoti ya utekelezaji wa mpango, kama PDF, Excel au CSV</translation>
        </message>
        <message>
            <source>Plan “{name}” created.</source>
            <translation>Mpango “{name}” umeundwa.</translation>
        </message>
        <message>
            <source>Plan “{name}” approved.</source>
            <translation>Mpango “{name}” umeidhinishwa.</translation>
        </message>
        <message>
            <source>Stop counting entry {entry} ({amount}) as spending on {code}?</source>
            <translation>Acha kuhesabu ingizo {entry} ({amount}) kama gharama ya {code}?</translation>
        </message>
        <message>
            <source>Execution report of “{plan}”</source>
            <translation>Ripoti ya utekelezaji wa “{plan}”</translation>
        </message>
        <message>
            <source>(until {cap} % of capital)</source>
            <translation>(hadi {cap} % ya mtaji)</translation>
        </message>
        <message>
            <source>no fund</source>
            <translation>hakuna mfuko</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>hakuna</translation>
        </message>
        <message>
            <source>Benefit sharing</source>
            <translation>Mgawanyo wa manufaa</translation>
        </message>
        <message>
            <source>New distribution…</source>
            <translation>Mgao mpya…</translation>
        </message>
        <message>
            <source>Recompute</source>
            <translation>Kokotoa upya</translation>
        </message>
        <message>
            <source>Post…</source>
            <translation>Ingiza kwenye leja…</translation>
        </message>
        <message>
            <source>Pay…</source>
            <translation>Lipa…</translation>
        </message>
        <message>
            <source>Reverse…</source>
            <translation>Batilisha…</translation>
        </message>
        <message>
            <source>Preview…</source>
            <translation>Onyesho la awali…</translation>
        </message>
        <message>
            <source>Payout sheet…</source>
            <translation>Orodha ya malipo…</translation>
        </message>
        <message>
            <source>Unclaimed…</source>
            <translation>Yasiyodaiwa…</translation>
        </message>
        <message>
            <source>Why this amount…</source>
            <translation>Kwa nini kiasi hiki…</translation>
        </message>
        <message>
            <source>New policy…</source>
            <translation>Sera mpya…</translation>
        </message>
        <message>
            <source>Install</source>
            <translation>Weka</translation>
        </message>
        <message>
            <source>As PDF…</source>
            <translation>Kama PDF…</translation>
        </message>
        <message>
            <source>As Excel…</source>
            <translation>Kama Excel…</translation>
        </message>
        <message>
            <source>Find a member by name or number</source>
            <translation>Tafuta mwanachama kwa jina au namba</translation>
        </message>
        <message>
            <source>Preset</source>
            <translation>Kiolezo</translation>
        </message>
        <message>
            <source>Distributions</source>
            <translation>Migao</translation>
        </message>
        <message>
            <source>Policies</source>
            <translation>Sera</translation>
        </message>
        <message>
            <source>Premium use plan</source>
            <translation>Mpango wa matumizi ya malipo ya ziada</translation>
        </message>
        <message>
            <source>Shared</source>
            <translation>Kilichogawanywa</translation>
        </message>
        <message>
            <source>Not paid yet</source>
            <translation>Bado hawajalipwa</translation>
        </message>
        <message>
            <source>Fund or part</source>
            <translation>Mfuko au sehemu</translation>
        </message>
        <message>
            <source>Funds</source>
            <translation>Mifuko</translation>
        </message>
        <message>
            <source>Members' part shared by</source>
            <translation>Sehemu ya wanachama inagawanywa kwa</translation>
        </message>
        <message>
            <source>Eligible after (days)</source>
            <translation>Anastahili baada ya (siku)</translation>
        </message>
        <message>
            <source>Unclaimed after (days)</source>
            <translation>Yasiyodaiwa baada ya (siku)</translation>
        </message>
        <message>
            <source>No distribution yet: press “New distribution…”.</source>
            <translation>Bado hakuna mgao: bonyeza “Mgao mpya…”.</translation>
        </message>
        <message>
            <source>Period {start} to {end}, policy “{policy}”.</source>
            <translation>Kipindi {start} hadi {end}, sera “{policy}”.</translation>
        </message>
        <message>
            <source>Approved on {date}: {resolution}.</source>
            <translation>Umeidhinishwa tarehe {date}: {resolution}.</translation>
        </message>
        <message>
            <source>{eligible} member(s) eligible, {excluded} taking no part; {members} receive something, {unpaid} not paid yet.</source>
            <translation>Wanachama {eligible} wanastahili, {excluded} hawashiriki; {members} wanapokea kitu, {unpaid} bado hawajalipwa.</translation>
        </message>
        <message>
            <source>{count} member line(s)</source>
            <translation>mistari {count} ya wanachama</translation>
        </message>
        <message>
            <source>The premium use plan is not available in this version.</source>
            <translation>Mpango wa matumizi ya malipo ya ziada haupatikani katika toleo hili.</translation>
        </message>
        <message>
            <source>Delete draft</source>
            <translation>Futa rasimu</translation>
        </message>
        <message>
            <source>Your role may not prepare, post or pay out distributions.</source>
            <translation>Jukumu lako haliruhusu kuandaa, kuingiza kwenye leja au kulipa migao.</translation>
        </message>
        <message>
            <source>Distribution {number} kept as a draft.</source>
            <translation>Mgao {number} umehifadhiwa kama rasimu.</translation>
        </message>
        <message>
            <source>Distribution {number} approved.</source>
            <translation>Mgao {number} umeidhinishwa.</translation>
        </message>
        <message>
            <source>Distribution {number} approved and posted (entry {entry}).</source>
            <translation>Mgao {number} umeidhinishwa na kuingizwa kwenye leja (ingizo {entry}).</translation>
        </message>
        <message>
            <source>Distribution {number} computed again.</source>
            <translation>Mgao {number} umekokotolewa upya.</translation>
        </message>
        <message>
            <source>Delete the draft?</source>
            <translation>Futa rasimu?</translation>
        </message>
        <message>
            <source>Distribution {number} is a draft; deleting it removes its computation and nothing else.</source>
            <translation>Mgao {number} ni rasimu; kuufuta kunaondoa ukokotoaji wake tu, hakuna kingine.</translation>
        </message>
        <message>
            <source>Distribution {number} posted: entry {year}/{entry}.</source>
            <translation>Mgao {number} umeingizwa kwenye leja: ingizo {year}/{entry}.</translation>
        </message>
        <message>
            <source>Paid {count} member(s) {amount}: entry {year}/{entry}.</source>
            <translation>Wanachama {count} wamelipwa {amount}: ingizo {year}/{entry}.</translation>
        </message>
        <message>
            <source>Policy “{name}” saved.</source>
            <translation>Sera “{name}” imehifadhiwa.</translation>
        </message>
        <message>
            <source>Preset installed as the policy “{name}”.</source>
            <translation>Kiolezo kimewekwa kama sera “{name}”.</translation>
        </message>
        <message>
            <source>distribution-{number}-preview</source>
            <translation>mgao-{number}-onyesho-la-awali</translation>
        </message>
        <message>
            <source>distribution-{number}-payout-sheet</source>
            <translation>mgao-{number}-orodha-ya-malipo</translation>
        </message>
        <message>
            <source>distribution-{number}-unclaimed</source>
            <translation>mgao-{number}-yasiyodaiwa</translation>
        </message>
        <message>
            <source>Checklists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Training</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incidents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Standards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>from the start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to reach over time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Records that fit this requirement: double-click one to attach it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assess…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add evidence…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make an improvement action…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Records that would fit (double-click to attach)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Improvement activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History of assessments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{percent} % met; {assessed} of {total} assessed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a requirement on the left.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>on {date} by {user}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage: {stage}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Level:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added by {user} on {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No evidence yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number}. {title} ({starts} to {ends}): {status}, {progress} %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No improvement action yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not assessed yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your role may read the standards but not change them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove “{label}” from this requirement's evidence? The record itself is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All kinds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record an incident…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incident register ({format})…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{days} days since the last accident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No accident recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{since} · mercury this year: {grams} g · in the period: {total} incident(s), {open} open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No incident in the register for this period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incident {number}: {kind}, {severity}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recorded by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>incidents-{start}-{end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{total} requirements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target met: {target}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CHECK: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Standards report (PDF)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Standards report (Excel)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress on the standards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indicators are computed from the register, the officers, production, the premium plan, the minutes, training and the incident register; hover over a card for how.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indicators on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Standards report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All themes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New session…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correct…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attendance…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Training report ({format})…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{sessions} session(s) given, {hours} hours; {members} members trained, {share} % of them women.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(planned)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} attended “{topic}” ({women} women):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>training-{start}-{end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation>Funga</translation>
        </message>
        <message>
            <source>One amount column, signed (− for money out)</source>
            <translation>Safu moja ya kiasi, yenye alama (− kwa fedha zinazotoka)</translation>
        </message>
        <message>
            <source>Two columns: debit and credit</source>
            <translation>Safu mbili: debiti na krediti</translation>
        </message>
        <message>
            <source>An amount and a debit/credit indicator column</source>
            <translation>Safu ya kiasi na safu ya alama ya debiti/krediti</translation>
        </message>
        <message>
            <source>Debit (money out)</source>
            <translation>Debiti (fedha zinazotoka)</translation>
        </message>
        <message>
            <source>Credit (money in)</source>
            <translation>Krediti (fedha zinazoingia)</translation>
        </message>
        <message>
            <source>Debit/credit indicator</source>
            <translation>Alama ya debiti/krediti</translation>
        </message>
        <message>
            <source>Counterparty</source>
            <translation>Mhusika mwingine</translation>
        </message>
        <message>
            <source>Import a statement into {code} — {name}</source>
            <translation>Ingiza taarifa ya benki kwenye {code} — {name}</translation>
        </message>
        <message>
            <source>Next &gt;</source>
            <translation>Mbele &gt;</translation>
        </message>
        <message>
            <source>&lt; Back</source>
            <translation>&lt; Nyuma</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Ingiza</translation>
        </message>
        <message>
            <source>Choose the statement file</source>
            <translation>Chagua faili la taarifa ya benki</translation>
        </message>
        <message>
            <source>OFX, CAMT.053, MT940, CSV or Excel (.xlsx), as the bank or the mobile-money operator exports it. You may also drop the file here.</source>
            <translation>OFX, CAMT.053, MT940, CSV au Excel (.xlsx), kama benki au kampuni ya pesa kwa simu inavyolitoa. Unaweza pia kuburuta faili na kuliachia hapa.</translation>
        </message>
        <message>
            <source>the file's path</source>
            <translation>njia ya faili</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Vinjari…</translation>
        </message>
        <message>
            <source>Recognise the columns automatically</source>
            <translation>Tambua safu kiotomatiki</translation>
        </message>
        <message>
            <source>Saved mapping: {name}</source>
            <translation>Ulinganisho wa safu uliohifadhiwa: {name}</translation>
        </message>
        <message>
            <source>Define the columns…</source>
            <translation>Bainisha safu…</translation>
        </message>
        <message>
            <source>Read the columns</source>
            <translation>Soma safu</translation>
        </message>
        <message>
            <source>Drop a statement file here</source>
            <translation>Buruta faili la taarifa ya benki uliachie hapa</translation>
        </message>
        <message>
            <source>Statements (*.ofx *.qfx *.xml *.sta *.mt940 *.940 *.txt *.csv *.xlsx);;All files (*)</source>
            <translation>Taarifa za benki (*.ofx *.qfx *.xml *.sta *.mt940 *.940 *.txt *.csv *.xlsx);;Faili zote (*)</translation>
        </message>
        <message>
            <source>There is no file {path}.</source>
            <translation>Hakuna faili {path}.</translation>
        </message>
        <message>
            <source>{name} is larger than 50 MB: is it really a statement?</source>
            <translation>{name} ni kubwa kuliko MB 50: je, kweli ni taarifa ya benki?</translation>
        </message>
        <message>
            <source>{format} file, {size} bytes</source>
            <translation>Faili la {format}, baiti {size}</translation>
        </message>
        <message>
            <source>This format says itself which column is what.</source>
            <translation>Muundo huu wenyewe unaonyesha kila safu ni ya nini.</translation>
        </message>
        <message>
            <source>Next, say which column of the file is the date, the amount and the rest; the mapping can be saved for this bank's next files.</source>
            <translation>Kisha, taja safu ipi ya faili ni tarehe, ipi ni kiasi na nyinginezo; ulinganisho wa safu unaweza kuhifadhiwa kwa ajili ya faili zijazo za benki hii.</translation>
        </message>
        <message>
            <source>The file is read as the saved mapping says.</source>
            <translation>Faili linasomwa kama ulinganisho wa safu uliohifadhiwa unavyoelekeza.</translation>
        </message>
        <message>
            <source>coopdesk finds the header line and recognises the columns by their names (date, description, amount or debit and credit, balance…). If it cannot, define the columns.</source>
            <translation>coopdesk inatafuta mstari wa majina ya safu na kutambua safu kwa majina yake (tarehe, maelezo, kiasi au debiti na krediti, salio…). Ikishindwa, bainisha safu.</translation>
        </message>
        <message>
            <source>Which column holds what</source>
            <translation>Safu ipi ina nini</translation>
        </message>
        <message>
            <source>The column names are those of the file's header line. Leave a setting on “recognise” to let coopdesk work it out.</source>
            <translation>Majina ya safu ni yale ya mstari wa majina ya safu wa faili. Acha mpangilio kwenye “tambua” ili coopdesk iutambue yenyewe.</translation>
        </message>
        <message>
            <source>find it</source>
            <translation>tafuta</translation>
        </message>
        <message>
            <source>recognise</source>
            <translation>tambua</translation>
        </message>
        <message>
            <source>semicolon ;</source>
            <translation>nukta-mkato ;</translation>
        </message>
        <message>
            <source>comma ,</source>
            <translation>koma ,</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tabu</translation>
        </message>
        <message>
            <source>bar |</source>
            <translation>mstari wima |</translation>
        </message>
        <message>
            <source>comma: 1.234,50</source>
            <translation>koma: 1.234,50</translation>
        </message>
        <message>
            <source>point: 1,234.50</source>
            <translation>nukta: 1,234.50</translation>
        </message>
        <message>
            <source>the other one</source>
            <translation>ile nyingine</translation>
        </message>
        <message>
            <source>point .</source>
            <translation>nukta .</translation>
        </message>
        <message>
            <source>space</source>
            <translation>nafasi</translation>
        </message>
        <message>
            <source>apostrophe '</source>
            <translation>apostrofi '</translation>
        </message>
        <message>
            <source>e.g. the bank's name; leave empty not to save it</source>
            <translation>mfano jina la benki; acha wazi ili usiuhifadhi</translation>
        </message>
        <message>
            <source>Header line</source>
            <translation>Mstari wa majina ya safu</translation>
        </message>
        <message>
            <source>Separator</source>
            <translation>Kitenganishi</translation>
        </message>
        <message>
            <source>Dates written as</source>
            <translation>Tarehe zimeandikwa kama</translation>
        </message>
        <message>
            <source>Decimal separator</source>
            <translation>Kitenganishi cha desimali</translation>
        </message>
        <message>
            <source>Thousands separator</source>
            <translation>Kitenganishi cha maelfu</translation>
        </message>
        <message>
            <source>Save this mapping as</source>
            <translation>Hifadhi ulinganisho huu wa safu kwa jina</translation>
        </message>
        <message>
            <source>Header on line {line}: {names}</source>
            <translation>Majina ya safu kwenye mstari {line}: {names}</translation>
        </message>
        <message>
            <source>Check the lines</source>
            <translation>Kagua mistari</translation>
        </message>
        <message>
            <source>Nothing has been imported yet. Lines imported before are skipped, so importing the same file again adds nothing.</source>
            <translation>Bado hakuna kilichoingizwa. Mistari iliyoingizwa awali inarukwa, kwa hiyo kuingiza faili lile lile tena hakuongezi chochote.</translation>
        </message>
        <message>
            <source>Import it anyway (what does not add up is recorded)</source>
            <translation>Iingize hata hivyo (kisichojumlika sawasawa kinarekodiwa)</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>Inasoma {name}…</translation>
        </message>
        <message>
            <source>Reading the statement…</source>
            <translation>Inasoma taarifa ya benki…</translation>
        </message>
        <message>
            <source>Nothing can be imported from this file.</source>
            <translation>Hakuna kinachoweza kuingizwa kutoka faili hili.</translation>
        </message>
        <message>
            <source>Correct the file and choose it again, or go back and say which column holds what.</source>
            <translation>Sahihisha faili kisha ulichague tena, au rudi nyuma utaje safu ipi ina nini.</translation>
        </message>
        <message>
            <source>{lines} line(s): {new} new, {known} already imported</source>
            <translation>Mistari {lines}: {new} mipya, {known} tayari imeingizwa</translation>
        </message>
        <message>
            <source>From {first} to {last} · {format}{mapping}</source>
            <translation>Kuanzia {first} hadi {last} · {format}{mapping}</translation>
        </message>
        <message>
            <source>, mapping “{name}”</source>
            <translation>, ulinganisho wa safu “{name}”</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>halijatolewa</translation>
        </message>
        <message>
            <source>Statement {n}: opening balance {opening}, closing balance {closing}</source>
            <translation>Taarifa ya benki {n}: salio la kuanzia {opening}, salio la kufunga {closing}</translation>
        </message>
        <message>
            <source>Opening balance {opening}, closing balance {closing}</source>
            <translation>Salio la kuanzia {opening}, salio la kufunga {closing}</translation>
        </message>
        <message>
            <source>The statement does not add up by its own balances:</source>
            <translation>Taarifa ya benki haijumliki sawasawa kwa salio zake yenyewe:</translation>
        </message>
        <message>
            <source>Every line of this file was imported before: importing it again adds nothing.</source>
            <translation>Kila mstari wa faili hili uliingizwa awali: kuliingiza tena hakuongezi chochote.</translation>
        </message>
        <message>
            <source>new</source>
            <translation>mpya</translation>
        </message>
        <message>
            <source>already imported</source>
            <translation>tayari umeingizwa</translation>
        </message>
        <message>
            <source>The first {shown} of {count} lines are listed.</source>
            <translation>Mistari {shown} ya kwanza kati ya {count} imeorodheshwa.</translation>
        </message>
        <message>
            <source>Importing the statement…</source>
            <translation>Inaingiza taarifa ya benki…</translation>
        </message>
        <message>
            <source>{new} new line(s), {known} already imported</source>
            <translation>Mistari mipya {new}, {known} tayari imeingizwa</translation>
        </message>
        <message>
            <source>The mapping was not saved: {problem}</source>
            <translation>Ulinganisho wa safu haukuhifadhiwa: {problem}</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>Hakuna kilichoingizwa.</translation>
        </message>
        <message>
            <source>New distribution</source>
            <translation>Mgao mpya</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Maliza</translation>
        </message>
        <message>
            <source>1. What is shared</source>
            <translation>1. Kinachogawanywa</translation>
        </message>
        <message>
            <source>The surplus of a closed year, a Fairmined premium received, or an amount the assembly decided; and the period over which production, shares and days worked are counted.</source>
            <translation>Ziada ya mwaka uliofungwa, malipo ya ziada ya Fairmined yaliyopokelewa, au kiasi kilichoamuliwa na mkutano mkuu; na kipindi ambacho uzalishaji, hisa na siku za kazi zinahesabiwa.</translation>
        </message>
        <message>
            <source>e.g. 25,000,000.00</source>
            <translation>mfano: 25,000,000.00</translation>
        </message>
        <message>
            <source>Period counted</source>
            <translation>Kipindi kinachohesabiwa</translation>
        </message>
        <message>
            <source>{year}: surplus {amount}</source>
            <translation>{year}: ziada {amount}</translation>
        </message>
        <message>
            <source>(no closed year has a surplus left to share)</source>
            <translation>(hakuna mwaka uliofungwa wenye ziada iliyobaki ya kugawa)</translation>
        </message>
        <message>
            <source>the year's surplus, as the closing carried it</source>
            <translation>ziada ya mwaka, kama ilivyohamishwa wakati wa kufunga mwaka</translation>
        </message>
        <message>
            <source>the premium account holds {amount}</source>
            <translation>akaunti ya malipo ya ziada ina {amount}</translation>
        </message>
        <message>
            <source>2. The sharing policy</source>
            <translation>2. Sera ya mgawanyo</translation>
        </message>
        <message>
            <source>The funds the bylaws require, then how the members' part is shared. Edit the policy here if the assembly decided otherwise; a changed policy is stored when you press Next.</source>
            <translation>Mifuko inayotakiwa na masharti ya chama, kisha jinsi sehemu ya wanachama inavyogawanywa. Hariri sera hapa ikiwa mkutano mkuu uliamua vinginevyo; sera iliyobadilishwa huhifadhiwa unapobonyeza Mbele.</translation>
        </message>
        <message>
            <source>its own name</source>
            <translation>jina lake</translation>
        </message>
        <message>
            <source>or install a preset</source>
            <translation>au weka kiolezo</translation>
        </message>
        <message>
            <source>as</source>
            <translation>kama</translation>
        </message>
        <message>
            <source>(no policy stored yet: install a preset)</source>
            <translation>(bado hakuna sera iliyohifadhiwa: weka kiolezo)</translation>
        </message>
        <message>
            <source>3. Preview</source>
            <translation>3. Onyesho la awali</translation>
        </message>
        <message>
            <source>The distribution is computed as a draft. Check the funds and the members' amounts; go back to change the source or the policy.</source>
            <translation>Mgao unakokotolewa kama rasimu. Kagua mifuko na kiasi cha wanachama; rudi nyuma kubadilisha chanzo au sera.</translation>
        </message>
        <message>
            <source>Where the amount goes</source>
            <translation>Kiasi kinakokwenda</translation>
        </message>
        <message>
            <source>&lt; Previous</source>
            <translation>&lt; Uliotangulia</translation>
        </message>
        <message>
            <source>Next page &gt;</source>
            <translation>Ukurasa unaofuata &gt;</translation>
        </message>
        <message>
            <source>Computing every member's share…</source>
            <translation>Inakokotoa sehemu ya kila mwanachama…</translation>
        </message>
        <message>
            <source>Computing the distribution…</source>
            <translation>Inakokotoa mgao…</translation>
        </message>
        <message>
            <source>The distribution cannot be computed:</source>
            <translation>Mgao hauwezi kukokotolewa:</translation>
        </message>
        <message>
            <source>Draft distribution {number}, “{title}”: {source}, {start} to {end}, policy “{policy}”.</source>
            <translation>Rasimu ya mgao {number}, “{title}”: {source}, {start} hadi {end}, sera “{policy}”.</translation>
        </message>
        <message>
            <source>Received by {count} member(s)</source>
            <translation>Kimepokelewa na wanachama {count}</translation>
        </message>
        <message>
            <source>Left in the source account by rounding</source>
            <translation>Kilichobaki kwenye akaunti ya chanzo kwa ukadiriaji</translation>
        </message>
        <message>
            <source>{eligible} member(s) eligible, {excluded} taking no part (see the note of each).</source>
            <translation>Wanachama {eligible} wanastahili, {excluded} hawashiriki (angalia maelezo ya kila mmoja).</translation>
        </message>
        <message>
            <source>Members — {basis}</source>
            <translation>Wanachama — {basis}</translation>
        </message>
        <message>
            <source>{first}–{last} of {total}</source>
            <translation>{first}–{last} kati ya {total}</translation>
        </message>
        <message>
            <source>4. Approval and posting</source>
            <translation>4. Idhini na kuingiza kwenye leja</translation>
        </message>
        <message>
            <source>The assembly's approval (its date and the reference of its resolution), then the posting: one entry in the books, each member's amount in their account.</source>
            <translation>Idhini ya mkutano mkuu (tarehe yake na kumbukumbu ya azimio lake), kisha kuingiza kwenye leja: ingizo moja kwenye hesabu, kiasi cha kila mwanachama kwenye akaunti yake.</translation>
        </message>
        <message>
            <source>Approve and post now</source>
            <translation>Idhinisha na uingize kwenye leja sasa</translation>
        </message>
        <message>
            <source>Record the approval; post later</source>
            <translation>Rekodi idhini; ingiza kwenye leja baadaye</translation>
        </message>
        <message>
            <source>Keep it as a draft for now</source>
            <translation>Iache kama rasimu kwa sasa</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Sasa</translation>
        </message>
        <message>
            <source>Distribution {number}, “{title}”: {amount} — funds {funds}, members {shared}.</source>
            <translation>Mgao {number}, “{title}”: {amount} — mifuko {funds}, wanachama {shared}.</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>Not allowed</source>
            <translation>Hairuhusiwi</translation>
        </message>
        <message>
            <source>Please correct</source>
            <translation>Tafadhali sahihisha</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Kuna tatizo limetokea</translation>
        </message>
        <message>
            <source>coopdesk met an unexpected problem. Nothing was half-written: the change was either saved whole or not at all.</source>
            <translation>coopdesk imekutana na tatizo lisilotarajiwa. Hakuna kilichoandikwa nusu: mabadiliko yamehifadhiwa yote au hayakuhifadhiwa kabisa.</translation>
        </message>
    </context>
    <context>
        <name>open_dialog</name>
        <message>
            <source>Demo cooperative: user {user}, password {password}</source>
            <translation>Chama cha mfano: mtumiaji {user}, nenosiri {password}</translation>
        </message>
        <message>
            <source>Making the demo cooperative…</source>
            <translation>Inatengeneza chama cha mfano…</translation>
        </message>
    </context>
    <context>
        <name>ops</name>
        <message>
            <source>Cancel</source>
            <translation>Ghairi</translation>
        </message>
    </context>
</TS>
