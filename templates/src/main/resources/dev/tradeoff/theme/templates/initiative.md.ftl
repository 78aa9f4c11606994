# ${initiative.title}

**${initiative.kind}** · ${initiative.status}<#if initiative.owner??> · owned by ${initiative.owner}</#if> · ${initiative.period} (${initiative.duration} quarter<#if initiative.duration != 1>s</#if>, ${initiative.effort} person-months)

<#list initiative.story as sentence>
- ${sentence.text}
</#list>
<#if !initiative.dropped>

| NPV | ROI | Payback | Cost of delay / quarter | CD3 | Quadrant |
|---:|---:|---|---:|---:|---|
| ${initiative.npv} | ${initiative.roi} | ${initiative.payback} | ${initiative.costOfDelay} | ${initiative.cd3} | ${initiative.quadrant} |
</#if>
<#if initiative.summaryMarkdown?has_content>

## Summary

<#-- The summary is the user's own Markdown, made inert by SafeMarkdownSource: raw HTML escaped, unsafe links as text, headings from ### down. -->
${initiative.summaryMarkdown?replace("\\s+$", "", "r")?no_esc}
</#if>
<#if initiative.keyResults?has_content>

## Key results it <#if initiative.dropped>would have moved<#else>moves</#if>

<#list initiative.keyResults as kr>
- ${kr.title}: ${kr.progress} of the way to its target (objective: ${kr.objectiveTitle})
</#list>
</#if>
<#if initiative.enables?has_content>

## What it enables

<#-- A platform that enables no planned work enables only dropped work; a product that starts before the platform goes live gets no speed-up. -->
<#list initiative.enables as related>
<#assign droppedProduct = related.dropped || !initiative.enablesPlannedWork>
- [${related.title}](${relatedLink(related)?no_esc})<#if droppedProduct> (dropped)</#if> <#if initiative.dropped || droppedProduct>would have shipped ${related.detail}<#elseif related.speedUpFrom??>would ship ${related.detail}, but starts before this goes live in ${related.speedUpFrom}<#else>ships ${related.detail}</#if>
</#list>
</#if>
<#if initiative.enabledBy?has_content>

## Enabled by

<#list initiative.enabledBy as related>
- [${related.title}](${relatedLink(related)?no_esc})<#if related.dropped> (dropped)</#if> <#if initiative.dropped || related.dropped>would have made it ship ${related.detail}<#elseif related.speedUpFrom??>would make it ship ${related.detail}, but goes live only in ${related.speedUpFrom}, after this starts<#else>makes it ship ${related.detail}</#if>
</#list>
</#if>

See [its page on the site](${(siteUrl!"../../site/")?no_esc}initiatives/${initiative.page?no_esc})<#if !initiative.dropped> for its cash flow by quarter</#if>.
<#-- Where links go: to the briefs and the site beside this file, or, when the build is given a
     siteUrl, to the pages of the published site, so that links still work in a pasted brief. -->
<#function relatedLink related><#return siteUrl???then(siteUrl + "initiatives/" + related.href, related.id + ".md")></#function>
