<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Styrdokument - Ockelbo kommun</title><link rel="stylesheet" href="/css/style.css"></head>
<body bgcolor="#ffffff"><table width="960" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2" class="top"><a href="/"><img src="/bilder/logo.gif" alt="Ockelbo kommun" border="0"></a> <form action="/sok/" method="get"><input name="q" size="20"><input type="submit" value="Sök"></form></td></tr>
<tr><td width="200" valign="top" class="vanster"><p class="meny"><a href="/kommun/">Kommun &amp; politik</a></p><p class="undermeny">&nbsp;&nbsp;<a href="/kommun/styrdokument.asp">Styrdokument</a></p><p class="undermeny">&nbsp;&nbsp;<a href="/kommun/kf.asp">Kommunfullmäktige</a></p>
<p class="meny"><a href="/utbildning/">Barn &amp; utbildning</a></p>
<p class="meny"><a href="/omsorg-och-stod/">Omsorg</a></p>
<p class="meny"><a href="/bo-och-bygga/">Bygga &amp; bo</a></p>
<p class="meny"><a href="/naringsliv/">Näringsliv</a></p><p class="undermeny">&nbsp;&nbsp;<a href="/naringsliv/foretagsregister.asp">Företagsregister</a></p><p class="undermeny">&nbsp;&nbsp;<a href="/naringsliv/industrimark.asp">Industrimark</a></p>
<p class="meny"><a href="/uppleva-och-gora/">Fritid &amp; kultur</a></p></td>
<td valign="top" class="innehall"><p class="sokvag">Du är här: <a href="/">Start</a> &gt; <a href="/kommun/">Kommun &amp; politik</a></p>
<h1>Styrdokument</h1>
<p>Nedan finns kommunens gällande styrdokument.</p><table border="1" cellpadding="3" cellspacing="0" width="100%"><tr bgcolor="#cccccc"><td><b>Dokument</b></td><td><b>Fil</b></td></tr><tr><td>Budget 2024</td><td><a href="/file.ashx?id=118">budget_2024_kf.PDF</a></td></tr><tr><td>Friluftsplan</td><td><a href="/file.ashx?id=131">friluftsplan.PDF</a></td></tr><tr><td>Kulturplan</td><td><a href="/dokument/Kulturplan.PDF">Kulturplan.PDF</a></td></tr><tr><td>Miljöprogram</td><td><a href="/dokument/Miljoprogram_2018.PDF">Miljoprogram_2018.PDF</a></td></tr><tr><td>&nbsp;</td><td><a href="/file.ashx?id=123">np_ockelbo_2021-2025_antagen.PDF</a></td></tr></table>

</td></tr>
<tr><td colspan="2" class="sidfot">Ockelbo kommun | Box 1 | Tel 0000-00 00 00 | <a href="/kontakt/">Kontakta oss</a> | <a href="/om-webbplatsen/">Om webbplatsen</a> | <a href="/om-webbplatsen/tillganglighet/">Tillgänglighetsredogörelse</a> | <a href="/om-webbplatsen/personuppgifter/">Personuppgifter (GDPR)</a> | <a href="/om-webbplatsen/kakor/">Kakor</a> | <a href="/kontakt/press/">Press</a> | <a href="/jobb/">Lediga jobb</a><br>Senast uppdaterad: 2011-03-14</td></tr>
</table></body></html>