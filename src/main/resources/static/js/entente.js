import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js'
import { initAll as initMoj } from '/webjars/ministryofjustice__frontend/moj/moj-frontend.min.js'

initAll()
initMoj()
