<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw">
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
            <source>{path} already exists; add --force to replace it.</source>
            <translation>{path} tayari lipo; ongeza --force ili kulibadilisha.</translation>
        </message>
        <message>
            <source>Demo cooperative written to {db}. Log in as admin with the password {password}.</source>
            <translation>Chama cha mfano kimeandikwa katika {db}. Ingia kama admin kwa nenosiri {password}.</translation>
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
            <source>create the demo cooperative</source>
            <translation>unda chama cha mfano</translation>
        </message>
        <message>
            <source>replace an existing file</source>
            <translation>badilisha faili lililopo</translation>
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
            <source>reverse an operation</source>
            <translation>batilisha muamala</translation>
        </message>
        <message>
            <source>Error: {message}</source>
            <translation>Hitilafu: {message}</translation>
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
            <source>Treasurer</source>
            <translation>Mweka hazina</translation>
        </message>
        <message>
            <source>Supervisory committee</source>
            <translation>Kamati ya usimamizi</translation>
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
            <source>'{value}' is not an amount.</source>
            <translation>'{value}' si kiasi cha fedha.</translation>
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
            <source>There is no chart template named '{name}'; the templates are: {known}.</source>
            <translation>Hakuna kiolezo cha chati kiitwacho '{name}'; violezo ni: {known}.</translation>
        </message>
        <message>
            <source>There is no member number {number}.</source>
            <translation>Hakuna mwanachama namba {number}.</translation>
        </message>
        <message>
            <source>Say what the entry is for.</source>
            <translation>Eleza ingizo hili ni la nini.</translation>
        </message>
        <message>
            <source>An entry needs at least two lines.</source>
            <translation>Ingizo linahitaji angalau mistari miwili.</translation>
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
            <source>There is no account {code}.</source>
            <translation>Hakuna akaunti {code}.</translation>
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
            <source>There is no fiscal year {year}.</source>
            <translation>Hakuna mwaka wa fedha {year}.</translation>
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
            <source>There is no draft {uid}.</source>
            <translation>Hakuna rasimu {uid}.</translation>
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
            <source>Cannot read {file}: {reason}</source>
            <translation>Haiwezekani kusoma {file}: {reason}</translation>
        </message>
        <message>
            <source>The file {file} is empty.</source>
            <translation>Faili {file} ni tupu.</translation>
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
            <source>{file} cannot be read as CSV: {reason}</source>
            <translation>{file} haliwezi kusomwa kama CSV: {reason}</translation>
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
            <source>Status</source>
            <translation>Hali</translation>
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
            <source>Mobile money</source>
            <translation>Pesa kwa simu</translation>
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
            <source>Notes</source>
            <translation>Maelezo</translation>
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
            <source>The date {date} is in the future.</source>
            <translation>Tarehe {date} bado haijafika.</translation>
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
            <source>Choose PDF or Excel (xlsx), not '{fmt}'.</source>
            <translation>Chagua PDF au Excel (xlsx), si '{fmt}'.</translation>
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
            <source>Total</source>
            <translation>Jumla</translation>
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
            <source>Value</source>
            <translation>Thamani</translation>
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
            <source>With this date of birth the member was a minor when they joined; a minor cannot be registered as a miner.</source>
            <translation>Kwa tarehe hii ya kuzaliwa, mwanachama alikuwa mtoto alipojiunga; mtoto hawezi kusajiliwa kama mchimbaji.</translation>
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
