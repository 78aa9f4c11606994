# ${site.organization}: engineering strategy brief

Plan ${site.planStart} to ${site.planEnd} (${site.horizon} quarters), ${site.totals.initiatives} live initiative<#if site.totals.initiatives != 1>s</#if><#if site.totals.dropped gt 0>, ${site.totals.dropped} dropped</#if>. Money in today's ${site.currency}, discounted at ${site.discountRate} a year.

| Portfolio NPV | Platform NPV | Product NPV | PV benefits | PV costs |
|---:|---:|---:|---:|---:|
| ${site.totals.npv} | ${site.totals.platformNpv} | ${site.totals.productNpv} | ${site.totals.pvBenefits} | ${site.totals.pvCosts} |

## The verdict

<#list site.verdict as sentence>
- ${sentence.text}
</#list>
<#if site.recommendations?has_content>

## What to do

<#list site.recommendations as sentence>
${sentence?counter}. ${sentence.text}
</#list>
</#if>

## Initiatives by NPV

| Initiative | Kind | Status | NPV | ROI | Payback | Cost of delay / quarter |
|---|---|---|---:|---:|---|---:|
<#list site.ranked as initiative>
| [${initiative.title}](initiatives/${initiative.id}.md) | ${initiative.kind} | ${initiative.status} | ${initiative.npv} | ${initiative.roi} | ${initiative.payback} | ${initiative.costOfDelay} |
</#list>

## Value / risk matrix

<#list site.matrix.story as sentence>
- ${sentence.text}
</#list>

| Quadrant | What it calls for | Initiatives |
|---|---|---|
<#list site.matrix.quadrants as quadrant>
| ${quadrant.label} | ${quadrant.advice} | <#list quadrant.initiatives as ref>${ref.id}<#sep>, </#list> |
</#list>

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

Planned order: <#list site.sequencing.planOrder as ref>${ref.id}<#sep> → </#list> (${site.sequencing.planDelayCost})

CD3 order: <#list site.sequencing.cd3Order as ref>${ref.id}<#sep> → </#list> (${site.sequencing.cd3DelayCost})
</#if>

## OKRs

<#list site.okrs.story as sentence>
- ${sentence.text}
</#list>

| Objective | Score | Grade |
|---|---:|---|
<#list site.okrs.objectives as objective>
| ${objective.objective} | ${objective.score} | ${objective.grade} |
</#list>
<#if site.okrs.unfundedKeyResults?has_content>

Key results with no initiative: <#list site.okrs.unfundedKeyResults as kr>${kr}<#sep>, </#list>.
</#if>
<#if site.okrs.unalignedPlatform?has_content>

Platform work with no OKR (hard to defend to the CFO): <#list site.okrs.unalignedPlatform as ref>${ref.title}<#sep>, </#list>.
</#if>

## Platform signals

<#list site.signals.story as sentence>
- ${sentence.text}
</#list>

| Indicator | Status | Worsening | Addressed by |
|---|---|---:|---|
<#list site.signals.indicators as indicator>
| ${indicator.label} | ${indicator.status}<#if indicator.unaddressed> (unaddressed)</#if> | ${indicator.worsening} | <#list indicator.addressedBy as ref>${ref.id}<#sep>, <#else>—</#list> |
</#list>
<#if site.scale??>

## Scalability

<#list site.scale.story as sentence>
- ${sentence.text}
</#list>
<#if site.scale.starts?has_content>

| Initiative | Planned start | Latest start | Late by |
|---|---|---|---:|
<#list site.scale.starts as start>
| ${start.initiative.title} | ${start.start} | ${start.latestStart} | ${start.lateBy} |
</#list>
</#if>
</#if>
<#if site.teams.teams?has_content>

## Teams

<#list site.teams.story as sentence>
- ${sentence.text}
</#list>

| Team | Type | People | Capacity (pm / quarter) | Peak utilisation |
|---|---|---:|---:|---:|
<#list site.teams.teams as team>
| ${team.name} | ${team.type} | ${team.people} | ${team.capacity} | ${team.peakUtilisation}<#if team.overloaded> (overloaded)</#if> |
</#list>
</#if>
