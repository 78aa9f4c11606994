# ${site.organization}: engineering strategy brief

Plan ${site.planPeriod} (${site.horizon} quarter<#if site.horizon != 1>s</#if>): ${site.totals.initiatives} initiative<#if site.totals.initiatives != 1>s</#if> planned<#if site.totals.done gt 0> (${site.totals.done} already done)</#if><#if site.totals.dropped gt 0>, ${site.totals.dropped} dropped</#if>. <#if site.discounted!true>Money in today's ${site.currency}, discounted at ${site.discountRate} a year.<#else>Money in ${site.currency}, not discounted (a discount rate of ${site.discountRate}).</#if>

| Portfolio NPV | Platform NPV | Product NPV | PV benefits | PV costs |
|---:|---:|---:|---:|---:|
| ${site.totals.npv} | ${site.totals.platformNpv} | ${site.totals.productNpv} | ${site.totals.pvBenefits} | ${site.totals.pvCosts} |

## The verdict

<#list site.verdict as sentence>
- <@severityWord sentence.severity/>${sentence.text}
</#list>
<#if site.recommendations?has_content>

## What to do

<#list site.recommendations as sentence>
${sentence?counter}. <@severityWord sentence.severity/>${sentence.text}
</#list>
</#if>

## Initiatives by NPV
<#-- Every list below shows a shortlist (the largest by money or lateness) so that the brief stays one page at any size. -->
<#if site.largestNpv.more gt 0>

The ${site.largestNpv.items?size} of the ${site.largestNpv.total} planned initiatives whose NPV weighs most, gain or loss.
</#if>

<#if site.largestNpv.items?has_content>
| Initiative | Kind | Status | NPV | ROI | Payback | Cost of delay / quarter |
|---|---|---|---:|---:|---|---:|
<#list site.largestNpv.items as initiative>
| [${initiative.title}](${initiativeLink(initiative)?no_esc}) | ${initiative.kind} | ${initiative.status} | ${initiative.npv} | ${initiative.roi} | ${initiative.payback} | ${initiative.costOfDelay} |
</#list>
<#else>
No initiative is planned yet.
</#if>
<#if site.largestNpv.more gt 0>

… and ${site.largestNpv.more} more: see [the initiatives index](${sitePage("initiatives/index.html")?no_esc}).
</#if>

## Value / risk matrix

<#list site.matrix.story as sentence>
- ${sentence.text}
</#list>

| Quadrant | What it calls for | Initiatives |
|---|---|---|
<#list site.matrix.quadrants as quadrant>
| ${quadrant.label} | ${quadrant.advice} | <#list quadrant.shortlist.items as member>${member.ref.title} (<#if member.done>done, </#if>${member.npv})<#sep>, </#list><#if quadrant.shortlist.more gt 0> and ${quadrant.shortlist.more} more</#if> |
</#list>
<#if site.matrix.quadrants?filter(quadrant -> quadrant.shortlist.more gt 0)?has_content>

Each quadrant names its initiatives with the highest NPV; [the initiatives index](${sitePage("initiatives/index.html")?no_esc}) has the quadrant of every one.
</#if>

## Investment allocation

<#list site.allocation.story as sentence>
- ${sentence.text}
</#list>

| Quarter | Platform (pm) | Product (pm) | Platform share | Utilisation | Band | To get inside the band |
|---|---:|---:|---:|---:|---|---|
<#list site.allocation.quarters as row>
| ${row.quarter} | ${row.platformEffort} | ${row.productEffort} | ${row.platformShare} | ${row.utilisation} | ${row.status} | ${row.move} |
</#list>

## Cost of delay

<#list site.sequencing.story as sentence>
- ${sentence.text}
</#list>
<#if site.sequencing.candidates?has_content>

<#-- The shortlists hold the same number of the same initiatives, in two or three orders: one row per place. The third, CD3 with platform work first, only when SPEC's CD3 order starts products before their enablers. -->
<#assign planned = site.sequencing.planOrderShortlist>
<#assign cd3 = site.sequencing.cd3OrderShortlist>
<#assign advised = site.sequencing.advisedOrderShortlist>
<#if advised.items?has_content>
| # | Planned order | CD3 order | CD3, platform work first |
|---:|---|---|---|
<#list planned.items as ref>
| ${ref?counter} | ${ref.title} | ${cd3.items[ref?index].title} | ${advised.items[ref?index].title} |
</#list>
<#if planned.more gt 0>
| … | ${planned.more} more | ${cd3.more} more | ${advised.more} more |
</#if>
| | **${site.sequencing.planDelayCost}** in delay | **${site.sequencing.cd3DelayCost}** in delay | **${site.sequencing.advisedDelayCost}** in delay |
<#else>
| # | Planned order | CD3 order |
|---:|---|---|
<#list planned.items as ref>
| ${ref?counter} | ${ref.title} | ${cd3.items[ref?index].title} |
</#list>
<#if planned.more gt 0>
| … | ${planned.more} more | ${cd3.more} more |
</#if>
| | **${site.sequencing.planDelayCost}** in delay | **${site.sequencing.cd3DelayCost}** in delay |
</#if>
<#if site.sequencing.planOrderShortlist.more gt 0>

<#if advised.items?has_content>All three orders<#else>Both orders</#if> in full: see [the cost of delay page](${sitePage("sequencing.html")?no_esc}).
</#if>
</#if>

## OKRs

<#list site.okrs.story as sentence>
- ${sentence.text}
</#list>

<#if site.okrs.objectives?has_content>
| Objective (lowest score first) | Score | Grade |
|---|---:|---|
<#list site.okrs.lowestScores.items as objective>
| ${objective.objective} | ${objective.score} | ${objective.grade} |
</#list>
<#if site.okrs.lowestScores.more gt 0>

… and ${site.okrs.lowestScores.more} more objective<#if site.okrs.lowestScores.more != 1>s</#if>: see [the OKRs](${sitePage("okrs/index.html")?no_esc}).
</#if>
</#if>
<#if site.okrs.unfundedShortlist.items?has_content>

<@keyResults site.okrs.unfundedShortlist "Key result not yet met, with no initiative"/>
</#if>
<#if site.okrs.metWithoutInitiative.items?has_content>

<@keyResults site.okrs.metWithoutInitiative "Key result met with no initiative (none needed)"/>
</#if>
<#-- Platform work with no OKR is named, with why it matters, in the findings above; product work here. -->
<#if site.okrs.unalignedProductShortlist.items?has_content>

Product work with no OKR: <#list site.okrs.unalignedProductShortlist.items as ref>${ref.title}<#sep>, </#list><#if site.okrs.unalignedProductShortlist.more gt 0> and ${site.okrs.unalignedProductShortlist.more} more: see [the OKRs](${sitePage("okrs/index.html")?no_esc})</#if>.
</#if>

## Platform signals

<#list site.signals.story as sentence>
- ${sentence.text}
</#list>

| Indicator | Status | Measured, first → latest | Change | Addressed by |
|---|---|---|---:|---|
<#list site.signals.indicators as indicator>
| ${indicator.label} | ${indicator.status}<#if indicator.unaddressed> (unaddressed)</#if> | <#list indicator.series as series>${series.metric}<#if series.unit?has_content><#if series.metric?ends_with(")")>, in ${series.unit}<#else> (${series.unit})</#if></#if>: ${series.first} → ${series.latest}<#sep>; </#list> | ${indicator.change} | <#list indicator.addressedByShortlist.items as ref>${ref.title}<#sep>, <#else>—</#list><#if indicator.addressedByShortlist.more gt 0> and ${indicator.addressedByShortlist.more} more</#if> |
</#list>
<#if site.signals.priority != "unknown">

${site.signals.rule}
</#if>
<#if site.signals.indicators?filter(indicator -> indicator.addressedByShortlist.more gt 0)?has_content>

Each indicator names the initiatives that spend most on it; [the initiatives index](${sitePage("initiatives/index.html")?no_esc}) says what every one addresses.
</#if>
<#if site.scale??>

## Scalability

${site.scale.metric?cap_first}<#if site.scale.unit?has_content> (${site.scale.unit})</#if>: ${site.scale.latest} now, ${site.scale.trend}, against a capacity of ${site.scale.capacity} and a limit of ${site.scale.limit} (${site.scale.headroom} of capacity).

<#list site.scale.story as sentence>
- ${sentence.text}
</#list>
<#if site.scale.starts?has_content>

| Initiative (most late first) | Planned start | Latest start | Late by (quarters) |
|---|---|---|---:|
<#list site.scale.latestFirst.items as start>
| ${start.initiative.title} | ${start.start} | ${start.latestStart} | ${start.lateBy} |
</#list>
<#-- The rows left out count on-time work too: say how many of them are late, the number the findings above give. -->
<#assign more = site.scale.latestFirst.more, late = site.scale.lateNotShown>
<#if more gt 0>

… and ${more} more scalability initiative<#if more != 1>s</#if>, <#if late == 0><#if more != 1>all </#if>on time<#elseif late == more><#if more != 1>all </#if>late<#else>${late} of them late</#if>: see [the scalability page](${sitePage("scale.html")?no_esc}).
</#if>
</#if>
</#if>
<#if site.teams.teams?has_content>

## Teams

<#list site.teams.story as sentence>
- ${sentence.text}
</#list>

| Team (most loaded first) | Type | People | Capacity (pm / quarter) | Peak utilisation |
|---|---|---:|---:|---:|
<#list site.teams.mostLoaded.items as team>
| ${team.name} | ${team.type} | ${team.people} | ${team.capacity} | ${team.peakUtilisation}<#if team.overloaded> (overloaded)<#elseif team.unstaffed> (no capacity for its work)</#if> |
</#list>
<#if site.teams.mostLoaded.more gt 0>

… and ${site.teams.mostLoaded.more} more: see [the teams page](${sitePage("teams.html")?no_esc}).
</#if>
</#if>
<#-- A shortlist of key results by title with their objectives' titles, headed by what they share. -->
<#macro keyResults shortlist heading>
| ${heading} | Objective |
|---|---|
<#list shortlist.items as kr>
| ${kr.title} | ${kr.objectiveTitle} |
</#list>
<#if shortlist.more gt 0>

… and ${shortlist.more} more: see [the OKRs](${sitePage("okrs/index.html")?no_esc}).
</#if>
</#macro>
<#-- The site marks a finding's severity with a coloured dot; Markdown has none, so it is said in a word. Context findings have none. -->
<#macro severityWord severity><#switch severity><#case "good">**Good:** <#break><#case "warning">**Warning:** <#break><#case "critical">**Critical:** <#break></#switch></#macro>

<#-- Where links go: to the initiative briefs and the site beside this file, or, when the build is
     given a siteUrl, to the pages of the published site, so that links still work in a pasted brief.
     A siteUrl holds no character a Markdown link could misread (SiteUrl), nor does a page name. -->
<#function sitePage path><#return (siteUrl!"../site/") + path></#function>
<#function initiativeLink initiative><#return siteUrl???then(siteUrl + "initiatives/" + initiative.page, "initiatives/" + initiative.id + ".md")></#function>
