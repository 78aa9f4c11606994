# ${site.organization}: engineering strategy brief

Plan ${site.planStart} to ${site.planEnd} (${site.horizon} quarters), ${site.totals.initiatives} live initiatives<#if site.totals.dropped gt 0>, ${site.totals.dropped} dropped</#if>. Money in today's ${site.currency}, discounted at ${site.discountRate} a year.

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
